package cn.perfeval.snapshot.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportService;
import cn.perfeval.snapshot.ReportRounds;
import cn.perfeval.snapshot.SnapshotInfo;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class ChangesPanelTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReportRounds rounds;
    @Autowired
    AsUser as;

    long id;

    @BeforeEach
    void a_submitted_report_and_a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
    }

    @Test
    @WithUserDetails("bureau")
    void on_the_first_round_the_panel_shows_nothing() {
        ChangesPanel panel = new ChangesPanel(rounds, id);

        assertThat(panel.isVisible()).isFalse();
        assertThat(panel.changes()).isNull();
    }

    @Test
    @WithUserDetails("bureau")
    void the_reviewer_sees_the_figure_as_old_to_new_with_the_difference_and_the_text_with_its_edits_marked() {
        nextRound("300.25", "700.25", "整体支出情况较好，资金使用规范。");

        ChangesPanel panel = attach(new ChangesPanel(rounds, id));

        assertThat(panel.isVisible()).isTrue();
        assertThat(find(H3.class).id("changes-title").getText()).isEqualTo("自第1轮以来的变化");
        Div expenditure = find(Div.class).id("changes-expenditure");
        List<String> figures = lines(expenditure, "change-figure");
        assertThat(figures).containsExactly("210 卫生健康支出 · 基本支出：200.25 元 → 300.25 元（+100.00 元）",
                "210 卫生健康支出 · 项目支出：800.25 元 → 700.25 元（-100.00 元）");
        Div conclusions = find(Div.class).id("changes-conclusions");
        assertThat(descendants(conclusions).filter(ChangesPanel.Deleted.class::isInstance).map(c -> ((HasText) c).getText()))
                .containsExactly("良好");
        assertThat(descendants(conclusions).filter(ChangesPanel.Inserted.class::isInstance)
                .map(c -> ((HasText) c).getText())).containsExactly("较好，资金使用规范");
        assertThat(lines(conclusions, "change-text").getFirst()).startsWith("评价结论：");
    }

    @Test
    @WithUserDetails("bureau")
    void the_round_selector_compares_with_any_earlier_round() {
        nextRound("300.25", "700.25", "整体支出情况良好。");
        nextRound("300.25", "700.25", "整体支出情况较好。");
        ChangesPanel panel = attach(new ChangesPanel(rounds, id));
        assertThat(panel.changes().fromRound()).isEqualTo(2);
        assertThat(find(Div.class).withId("changes-expenditure").exists()).isFalse();

        @SuppressWarnings("unchecked")
        Select<SnapshotInfo> select = find(Select.class).id("changes-compare-with");
        assertThat(select.getListDataView().getItems().map(SnapshotInfo::round)).containsExactly(1, 2);
        SnapshotInfo first = select.getListDataView().getItems().filter(s -> s.round() == 1).findFirst().orElseThrow();
        test(select).selectItem(select.getItemLabelGenerator().apply(first));

        assertThat(panel.changes().fromRound()).isEqualTo(1);
        assertThat(find(H3.class).id("changes-title").getText()).isEqualTo("自第1轮以来的变化");
        assertThat(find(Div.class).withId("changes-expenditure").exists()).isTrue();
    }

    @Test
    @WithUserDetails("bureau")
    void the_changed_figures_can_be_marked_on_the_sheet() {
        nextRound("300.25", "700.25", "整体支出情况良好。");
        ChangesPanel panel = new ChangesPanel(rounds, id);
        List<String> marks = new ArrayList<>();

        panel.highlightChanges((table, row, column, text, theme) -> marks.add(String.join("|", table, row, column,
                text, theme)));

        assertThat(marks).containsExactly("expenditure|210|basic|200.25 元 → 300.25 元|warning",
                "expenditure|210|project|800.25 元 → 700.25 元|warning");
    }

    /** Returns the report, changes it as given and submits it again. */
    private void nextRound(String basic, String project, String conclusion) {
        as.run("bureau", () -> workflow.returnReport(id, "请修改", ReturnTarget.DRAFTING));
        as.run("drafter", () -> {
            ReportDocument d = reports.export(id);
            reports.saveDraft(id, reports.summary(id).version(), new ReportDocument(d.formatVersion(), d.kind(),
                    d.year(), d.unit(), d.department(), d.mainTasks(), d.income(),
                    List.of(new ExpenditureLine("210", "卫生健康支出", new BigDecimal("1000.50"), new BigDecimal(basic),
                            new BigDecimal(project))),
                    d.totals(), d.budget(), d.threePublicExpenses(), d.assets(), d.indicators(), d.projects(),
                    d.scoring(), conclusion, d.problems(), d.suggestions(), d.resultUse(), d.publication()));
            workflow.submit(id, null);
        });
    }

    private static ChangesPanel attach(ChangesPanel panel) {
        UI.getCurrent().add(panel);
        return panel;
    }

    private static List<String> lines(Component part, String className) {
        return descendants(part).filter(c -> c instanceof Div d && d.hasClassName(className))
                .map(c -> c.getElement().getTextRecursively()).toList();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(ChangesPanelTest::descendants));
    }
}
