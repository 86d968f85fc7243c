package cn.perfeval.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.Directory;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 开始填报 on the 工作台 for a department in an open round without a report of the year. */
@ViewTest
class StartReportPanelTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    RoundService rounds;
    @Autowired
    Directory directory;
    @Autowired
    AsUser as;
    @Autowired
    MovableClock clock;

    int year;

    @BeforeEach
    void an_open_round_for_the_medical_bureau_and_last_years_report() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        year = yearWithLastYearFree();
        LocalDate due = LocalDate.ofInstant(clock.instant(), Formats.ZONE).plusDays(10);
        long medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        as.run("admin", () -> rounds.open(year, year + "年度部门评价", new Deadlines(due, null, null, null),
                List.of(medical)));
        as.run("drafter", () -> reports.importDocument(TestDocuments.small(year - 1)));
    }

    @Test
    @WithUserDetails("drafter")
    void the_drafter_starts_the_years_report_from_last_years_and_lands_on_it_with_the_figures_to_fill() {
        UI.getCurrent().navigate("");
        assertThat(find(Span.class).id("start-text-" + year).getText()).contains(year + "年度部门评价")
                .contains("尚未填报 " + year + " 年度报告");
        test(find(Button.class).id("start-" + year)).click();
        assertThat(find(Dialog.class).all()).anyMatch(Dialog::isOpened);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<StartReportPanel.Choice> from = find(RadioButtonGroup.class).id("start-from");
        assertThat(from.getValue().last().year()).isEqualTo(year - 1);
        assertThat(from.getItemLabelGenerator().apply(from.getValue())).isEqualTo("以 " + (year - 1) + " 年度部门整体支出绩效自评为底稿");

        test(find(Button.class).id("start-confirm")).click();

        ReportSummary created = as.call("drafter", () -> reports.list(year, null, null)).getFirst();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("drafting/" + created.id());
        ReportDocument doc = as.call("drafter", () -> reports.export(created.id()));
        assertThat(doc.income()).extracting(ReportDocument.IncomeLine::code).containsExactly("210", "21013");
        assertThat(doc.income()).allSatisfy(r -> assertThat(r.total()).isNull());

        UI.getCurrent().navigate("");
        assertThat(find(Button.class).withId("start-" + year).exists()).isFalse();
    }

    @Test
    @WithUserDetails("drafter")
    void the_drafter_may_start_an_empty_report_instead() {
        UI.getCurrent().navigate("");
        test(find(Button.class).id("start-" + year)).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<StartReportPanel.Choice> from = find(RadioButtonGroup.class).id("start-from");
        test(from).selectItem("空白报告（部门整体支出）");
        test(find(Button.class).id("start-confirm")).click();

        ReportSummary created = as.call("drafter", () -> reports.list(year, null, null)).getFirst();
        assertThat(as.call("drafter", () -> reports.export(created.id())).income()).isNullOrEmpty();
    }

    @Test
    @WithUserDetails("drafter2")
    void a_department_outside_the_round_sees_no_start() {
        UI.getCurrent().navigate("");
        assertThat(find(Button.class).withId("start-" + year).exists()).isFalse();
    }

    private int yearWithLastYearFree() {
        for (int tries = 0; tries < 100; tries++) {
            int candidate = TestDocuments.freshYear();
            boolean roundFree = as.call("admin", () -> rounds.list()).stream().noneMatch(r -> r.year() == candidate);
            if (candidate > 2000 && roundFree
                    && as.call("drafter", () -> reports.list(candidate - 1, null, null)).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no two free years in a row");
    }
}
