package cn.perfeval.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.tracking.Dashboard;
import cn.perfeval.tracking.RoundInfo;
import cn.perfeval.tracking.RoundService;
import cn.perfeval.tracking.TrackedStatus;
import cn.perfeval.tracking.TrackingService;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two project reports of one department and year, for two projects, travel the route and are
 * published side by side; the dashboard shows a row for each and counts both (decision 0016).
 */
@ViewTest
class ProjectReportsOnTheDashboardTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    RoundService rounds;
    @Autowired
    TrackingService tracking;
    @Autowired
    Directory directory;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;
    @Autowired
    cn.perfeval.support.MovableClock clock;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    ReportDocument projectReport(int year, int index) {
        ReportDocument d = TestDocuments.fixture(json, "miyi-2022-department.json", year);
        return new ReportDocument(d.formatVersion(), ReportKind.PROJECT, year, d.unit(), d.department(), null, null,
                null, null, null, null, null, null, List.of(d.projects().get(index)), null, null, null, null, null,
                null);
    }

    @Test
    @WithUserDetails("admin")
    void two_project_reports_of_one_year_are_published_side_by_side_and_the_dashboard_counts_each() {
        DepartmentInfo medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow();
        int year = yearWithoutRound();
        RoundInfo round = rounds.open(year, year + "年度绩效自评", LocalDate.now(clock).plusDays(30),
                List.of(medical.id()));
        long overall = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();
        long first = as.call("drafter", () -> reports.importDocument(projectReport(year, 0))).id();
        long second = as.call("drafter", () -> reports.importDocument(projectReport(year, 1))).id();
        for (long id : List.of(first, second)) {
            as.run("drafter", () -> workflow.submit(id, null));
            as.run("bureau", () -> workflow.pass(id, null));
            as.run("finance", () -> workflow.approve(id, null));
            as.run("drafter", () -> workflow.publish(id));
        }
        assertThat(List.of(first, second)).allMatch(id -> as.call("drafter", () -> reports.summary(id)).status()
                == ReportStatus.PUBLISHED);
        assertThat(as.call("drafter", () -> reports.published()).stream()
                .filter(r -> r.year() == year).map(r -> r.project()).toList())
                .containsExactlyInAnyOrder("医保专项工作经费", "医保基金监管专项经费");

        navigate(DashboardView.class);
        var combo = (com.vaadin.flow.component.combobox.ComboBox<RoundInfo>)
                find(com.vaadin.flow.component.combobox.ComboBox.class).id("dashboard-round");
        combo.setValue(combo.getListDataView().getItems().filter(r -> r.id() == round.id()).findFirst().orElseThrow());

        var grid = test(grid());
        assertThat(rows(grid)).extracting(Dashboard.Row::reportId).containsExactly(overall, first, second);
        assertThat(grid.getCellText(1, 1)).isEqualTo("项目支出绩效自评（医保专项工作经费）");
        assertThat(grid.getCellText(2, 1)).isEqualTo("项目支出绩效自评（医保基金监管专项经费）");
        String counts = find(com.vaadin.flow.component.html.Div.class).id("dashboard-counts").getElement()
                .getTextRecursively();
        assertThat(counts).contains("部门 1").contains("报告 3").contains("已公开 2").contains("填报中 1");

        test(find(com.vaadin.flow.component.combobox.ComboBox.class).id("dashboard-kind")).selectItem("项目支出绩效自评");
        assertThat(rows(grid)).extracting(Dashboard.Row::project)
                .containsExactly("医保专项工作经费", "医保基金监管专项经费");
        assertThat(rows(grid)).allMatch(r -> r.status() == TrackedStatus.PUBLISHED);
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("dashboard-counts").getElement()
                .getTextRecursively()).contains("报告 2").contains("已公开 2");
        assertThat(tracking.summary(round.id(), ReportKind.TRANSFER_PAYMENT).rows()).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void a_department_with_only_project_reports_still_shows_that_its_overall_report_has_not_started() {
        DepartmentInfo medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow();
        int year = yearWithoutRound();
        RoundInfo round = rounds.open(year, year + "年度绩效自评", LocalDate.now(clock).plusDays(30),
                List.of(medical.id()));
        long project = as.call("drafter", () -> reports.importDocument(projectReport(year, 2))).id();

        List<Dashboard.Row> all = tracking.page(round.id(), Dashboard.Filter.ALL, 0, 50, false);
        assertThat(all).extracting(Dashboard.Row::reportId).containsExactly(null, project);
        assertThat(all.getFirst().status()).isEqualTo(TrackedStatus.NOT_STARTED);
        assertThat(tracking.page(round.id(), new Dashboard.Filter(null, false, null, ReportKind.PROJECT), 0, 50,
                false)).extracting(Dashboard.Row::reportId).containsExactly(project);
        assertThat(tracking.count(round.id(), new Dashboard.Filter(null, false, "离休干部", null))).isEqualTo(1);
    }

    /** A year in which the department has no report and no round is open. */
    private int yearWithoutRound() {
        return TestDocuments.freshYear(y -> rounds.list().stream().noneMatch(r -> r.year() == y));
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.Grid<Dashboard.Row> grid() {
        return find(com.vaadin.flow.component.grid.Grid.class).id("dashboard");
    }

    private static List<Dashboard.Row> rows(com.vaadin.flow.component.grid.GridTester<?, ?> grid) {
        List<Dashboard.Row> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add((Dashboard.Row) grid.getRow(i));
        }
        return rows;
    }
}
