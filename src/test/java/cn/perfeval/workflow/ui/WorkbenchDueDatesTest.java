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
import cn.perfeval.workflow.OpenTask;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest(properties = TestDocuments.SECOND_DATABASE)
class WorkbenchDueDatesTest extends SpringBrowserlessTest {

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

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("drafter")
    void the_workbench_shows_each_tasks_due_date_and_marks_it_once_it_has_passed() {
        int year = TestDocuments.freshYear();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        long medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        as.run("admin", () -> rounds.open(year, year + "年度评价", new Deadlines(today.plusDays(2), null, null, null),
                List.of(medical)));
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();

        navigate(WorkbenchView.class);
        assertThat(due(id).getText()).isEqualTo(today.plusDays(2) + "（还剩 2 天）");

        clock.advance(Duration.ofDays(3));
        navigate(WorkbenchView.class);
        assertThat(due(id).getText()).isEqualTo(today.plusDays(2) + "（已逾期 1 天）");
        assertThat(due(id).getStyle().get("color")).isEqualTo("var(--lumo-error-text-color)");
    }

    private Span due(long reportId) {
        @SuppressWarnings("unchecked")
        Grid<OpenTask> tasks = find(Grid.class).id("tasks");
        GridTester<Grid<OpenTask>, OpenTask> grid = test(tasks);
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).report().id() == reportId).findFirst()
                .orElseThrow();
        return (Span) grid.getCellComponent(row, 6);
    }
}
