package cn.perfeval.workflow.ui;

import cn.perfeval.support.TestDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.BatchOutcome;
import cn.perfeval.workflow.OpenTask;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.RouteReports;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 批量审批 without a browser: select, comment, approve, watch the progress, read the skipped reports' reasons. */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
class BatchSignOffViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    RouteReports route;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("finance")
    void finance_approves_the_selected_reports_and_sees_the_one_that_changed_meanwhile_skipped_with_its_reason() {
        long first = route.atFinanceSignOff();
        long second = route.atFinanceSignOff();
        long taken = route.atFinanceSignOff();
        navigate("sign-off/batch", BatchSignOffView.class);
        assertThat(MenuConfiguration.getMenuEntries()).anyMatch(e -> e.path().contains("sign-off/batch"));

        @SuppressWarnings("unchecked")
        Grid<OpenTask> waiting = find(Grid.class).id("batch-reports");
        var grid = test(waiting);
        IntStream.range(0, grid.size()).filter(i -> List.of(first, second, taken).contains(grid.getRow(i).report().id()))
                .forEach(grid::select);
        assertThat(waiting.getSelectedItems()).hasSize(3);
        // another finance reviewer takes one of them over while the screen is open
        as.run("finance", () -> workflow.transfer(taken, "finance2", null));

        test(find(TextArea.class).id("batch-comment")).setValue("同意，批量审批");
        test(find(Button.class).id("approve-batch")).click();
        test(find(Button.class).id("confirm-batch")).click();
        assertThat(find(Span.class).id("batch-progress-text").getText()).isEqualTo("正在审批：0 / 3");
        assertThat(find(Button.class).id("approve-batch").isEnabled()).isFalse();

        for (int poll = 0; poll < 10 && find(Span.class).id("batch-summary").getText().isEmpty(); poll++) {
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        }

        assertThat(find(Span.class).id("batch-progress-text").getText()).isEqualTo("正在审批：3 / 3");
        assertThat(find(Span.class).id("batch-summary").getText()).isEqualTo("已审批 2 份，跳过 1 份。");
        @SuppressWarnings("unchecked")
        Grid<BatchOutcome> results = find(Grid.class).id("batch-results");
        var outcomes = test(results);
        assertThat(outcomes.size()).isEqualTo(3);
        int skippedRow = IntStream.range(0, outcomes.size()).filter(i -> outcomes.getRow(i).reportId() == taken)
                .findFirst().orElseThrow();
        assertThat(outcomes.getCellText(skippedRow, 1)).isEqualTo("已跳过");
        assertThat(outcomes.getCellText(skippedRow, 2)).isEqualTo("此任务现由 finance2 办理，您不能执行“审批通过”。");
        assertThat(find(Button.class).id("approve-batch").isEnabled()).isTrue();

        assertThat(status(first)).isEqualTo(ReportStatus.APPROVED);
        assertThat(status(second)).isEqualTo(ReportStatus.APPROVED);
        assertThat(status(taken)).isEqualTo(ReportStatus.FINANCE_REVIEW);
        assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).report().id()))
                .doesNotContain(first, second, taken);
    }

    @Test
    @WithUserDetails("finance")
    void approving_with_nothing_selected_says_so() {
        navigate("sign-off/batch", BatchSignOffView.class);
        test(find(Button.class).id("approve-batch")).click();
        assertThat(find(Notification.class).all().stream().map(n -> test(n).getText()))
                .anyMatch(t -> t.contains("请先选择要审批的报告"));
    }

    @Test
    @WithUserDetails("bureau")
    void the_batch_screen_is_not_in_a_bureau_reviewers_menu() {
        assertThat(MenuConfiguration.getMenuEntries()).noneMatch(e -> e.path().contains("sign-off/batch"));
    }

    private ReportStatus status(long id) {
        return as.call("drafter", () -> reports.summary(id)).status();
    }
}
