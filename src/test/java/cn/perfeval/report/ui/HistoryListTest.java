package cn.perfeval.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasStyle;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ViewTest
class HistoryListTest extends SpringBrowserlessTest {

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void each_step_reads_as_who_did_what_when_in_china_time_from_which_status_to_which_in_which_round_and_why() {
        HistoryList timeline = new HistoryList(List.of(
                new ReportHistoryEntry(Instant.parse("2026-03-01T01:30:00Z"), "drafter", ReportAction.CREATE, null,
                        ReportStatus.DRAFTING, 1, null),
                new ReportHistoryEntry(Instant.parse("2026-03-02T02:00:00Z"), "drafter", ReportAction.SUBMIT,
                        ReportStatus.DRAFTING, ReportStatus.BUREAU_REVIEW, 1, null),
                new ReportHistoryEntry(Instant.parse("2026-03-02T16:45:00Z"), "bureau", ReportAction.RETURN,
                        ReportStatus.BUREAU_REVIEW, ReportStatus.DRAFTING, 1, "职能描述不完整"),
                new ReportHistoryEntry(Instant.parse("2026-03-03T03:00:00Z"), "drafter", ReportAction.SUBMIT,
                        ReportStatus.DRAFTING, ReportStatus.BUREAU_REVIEW, 2, "已补充")));

        List<Component> entries = timeline.getChildren().toList();
        assertThat(entries).extracting(e -> e.getElement().getAttribute("data-action"))
                .containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT");
        Component returned = entries.get(2);
        assertThat(text(returned, "history-action")).isEqualTo("退回");
        assertThat(text(returned, "history-user")).isEqualTo("bureau");
        assertThat(text(returned, "history-at")).isEqualTo("2026-03-03 00:45");
        assertThat(text(returned, "history-status")).isEqualTo("局审核中 → 填报中");
        assertThat(text(returned, "history-round")).isEqualTo("第 1 轮");
        assertThat(text(returned, "history-comment")).isEqualTo("职能描述不完整");
        assertThat(text(entries.get(0), "history-status")).isEqualTo("填报中");
        assertThat(text(entries.get(0), "history-comment")).isNull();
        assertThat(text(entries.get(3), "history-round")).isEqualTo("第 2 轮");
    }

    @Test
    void the_colour_tells_a_return_from_a_pass() {
        HistoryList timeline = new HistoryList(List.of(
                new ReportHistoryEntry(Instant.parse("2026-03-02T02:00:00Z"), "bureau", ReportAction.PASS,
                        ReportStatus.BUREAU_REVIEW, ReportStatus.FINANCE_REVIEW, 1, null),
                new ReportHistoryEntry(Instant.parse("2026-03-03T02:00:00Z"), "finance", ReportAction.RETURN,
                        ReportStatus.FINANCE_REVIEW, ReportStatus.DRAFTING, 1, "请复核")));

        List<Component> entries = timeline.getChildren().toList();
        assertThat(find(entries.get(0), "history-action").getElement().getStyle().get("color")).contains("success");
        assertThat(find(entries.get(1), "history-action").getElement().getStyle().get("color")).contains("error");
    }

    @Test
    void an_empty_history_says_so() {
        assertThat(new HistoryList(List.of()).getElement().getTextRecursively()).isEqualTo("暂无流转记录。");
    }

    private static String text(Component entry, String className) {
        Component found = find(entry, className);
        return found == null ? null : found.getElement().getTextRecursively();
    }

    private static Component find(Component root, String className) {
        if (root instanceof HasStyle styled && styled.hasClassName(className)) {
            return root;
        }
        return root.getChildren().map(c -> find(c, className)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }
}
