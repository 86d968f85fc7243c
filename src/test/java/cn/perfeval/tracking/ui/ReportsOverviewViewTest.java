package cn.perfeval.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.tracking.TrackingService;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class ReportsOverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    cn.perfeval.tracking.RoundService rounds;
    @Autowired
    cn.perfeval.identity.Directory directory;
    @Autowired
    cn.perfeval.support.MovableClock clock;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_sees_every_report_with_its_status_and_the_step_it_waits_on() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        navigate(ReportsOverviewView.class);
        @SuppressWarnings("unchecked")
        Grid<TrackingService.Row> grid = find(Grid.class).id("overview");
        var tester = test(grid);
        int row = IntStream.range(0, tester.size()).filter(i -> tester.getRow(i).report().id() == id).findFirst()
                .orElseThrow();
        assertThat(tester.getCellText(row, 3)).isEqualTo("局审核中");
        assertThat(tester.getCellText(row, 4)).isEqualTo("局审核");
        assertThat(IntStream.range(0, tester.size()).mapToObj(tester::getRow))
                .anyMatch(r -> r.report().status().name().equals("PUBLISHED") && r.step() == null);
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_sees_the_due_date_of_each_open_step_and_keeps_only_the_overdue_ones_with_the_filter() {
        int year = TestDocuments.freshYear();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), cn.perfeval.base.Formats.ZONE);
        long medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        rounds.open(year, year + "年度评价", new cn.perfeval.tracking.Deadlines(today.plusDays(1), today.plusDays(30),
                null, null), java.util.List.of(medical));
        long late = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();
        long undated = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        clock.advance(java.time.Duration.ofDays(3));

        navigate(ReportsOverviewView.class);
        @SuppressWarnings("unchecked")
        Grid<TrackingService.Row> grid = find(Grid.class).id("overview");
        var tester = test(grid);
        assertThat(((com.vaadin.flow.component.html.Span) tester.getCellComponent(row(tester, late), 6)).getText())
                .isEqualTo(today.plusDays(1) + "（已逾期）");
        assertThat(((com.vaadin.flow.component.html.Span) tester.getCellComponent(row(tester, undated), 6))
                .getText()).isEmpty();

        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).id("overview-overdue")).click();
        assertThat(IntStream.range(0, tester.size()).mapToObj(tester::getRow)).allMatch(TrackingService.Row::overdue)
                .anyMatch(r -> r.report().id() == late).noneMatch(r -> r.report().id() == undated);
    }

    private static int row(com.vaadin.flow.component.grid.GridTester<Grid<TrackingService.Row>, TrackingService.Row> tester,
            long id) {
        return IntStream.range(0, tester.size()).filter(i -> tester.getRow(i).report().id() == id).findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("drafter")
    void a_drafter_cannot_open_the_tracking_screen() {
        assertThatThrownBy(() -> navigate(ReportsOverviewView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
