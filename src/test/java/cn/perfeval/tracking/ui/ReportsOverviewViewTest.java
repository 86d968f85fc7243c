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
    @WithUserDetails("drafter")
    void a_drafter_cannot_open_the_tracking_screen() {
        assertThatThrownBy(() -> navigate(ReportsOverviewView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
