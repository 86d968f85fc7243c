package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.Directory;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundService;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The 工作台 as a guide: returns with their reason, days left, and each administrator's own home page. */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
class WorkbenchGuidesTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    RoundService rounds;
    @Autowired
    Directory directory;
    @Autowired
    AsUser as;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("drafter")
    void a_returned_task_says_returned_why_and_by_whom_and_each_task_its_days_left_or_overdue() {
        int year = TestDocuments.freshYear();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        long medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        as.run("admin", () -> rounds.open(year, year + "年度评价", new Deadlines(today.plusDays(5), null, null, null),
                List.of(medical)));
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.returnReport(id, "收入表缺 2109999 行", ReturnTarget.DRAFTING));

        navigate(WorkbenchView.class);
        Div note = (Div) cell(id, 7);
        assertThat(note.getChildren().map(c -> ((Span) c).getText()))
                .containsExactly("已退回", bureauName() + " 退回：收入表缺 2109999 行");
        assertThat(((Span) cell(id, 6)).getText()).isEqualTo(today.plusDays(5) + "（还剩 5 天）");

        clock.advance(Duration.ofDays(8));
        navigate(WorkbenchView.class);
        assertThat(((Span) cell(id, 6)).getText()).isEqualTo(today.plusDays(5) + "（已逾期 3 天）");
    }

    @Test
    @WithUserDetails("drafter")
    void the_report_page_of_a_returned_report_starts_with_the_reason_and_who_returned_it_until_it_is_submitted_again() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        navigate("drafting/" + id, DraftView.class);
        assertThat(find(Div.class).withId("return-notice").exists()).isFalse();

        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.returnReport(id, "请补充绩效指标的实际完成值", ReturnTarget.DRAFTING));
        navigate("drafting/" + id, DraftView.class);
        assertThat(find(Div.class).id("return-notice").getText())
                .isEqualTo("本报告已被 " + bureauName() + " 退回，退回原因：请补充绩效指标的实际完成值");

        test(find(com.vaadin.flow.component.button.Button.class).id("submit")).click();
        assertThat(find(Div.class).withId("return-notice").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_lands_on_the_overview() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("admin/dashboard");
    }

    @Test
    @WithUserDetails("security")
    void the_security_administrator_lands_on_the_security_screen() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("admin/security");
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_lands_on_the_audit_log() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("audit");
    }

    @Test
    @WithUserDetails("bureau")
    void a_reviewer_keeps_the_workbench() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(WorkbenchView.class);
    }

    private com.vaadin.flow.component.Component cell(long reportId, int column) {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<cn.perfeval.workflow.OpenTask> tasks =
                find(com.vaadin.flow.component.grid.Grid.class).id("tasks");
        var grid = test(tasks);
        int row = java.util.stream.IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).report().id() == reportId).findFirst().orElseThrow();
        return grid.getCellComponent(row, column);
    }

    private String bureauName() {
        return directory.contact("bureau").orElseThrow().displayName();
    }
}
