package cn.perfeval.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The drafting page as a drafter uses it: the indicator and scoring trees edited and saved, a
 * scoring template chosen, a save after a colleague's save, leaving with unsaved changes, and the
 * report's JSON file down and up. What the page hands to the service on saving is captured, so
 * the tests see every part the editor sends.
 */
@ViewTest(properties = TestDocuments.SECOND_DATABASE)
@WithUserDetails("drafter")
class DraftViewTest extends SpringBrowserlessTest {

    private static final String COUNTY = "县级部门整体支出绩效评价指标体系";
    private static final String NATIONAL = "项目支出绩效自评指标体系（财预〔2020〕10号）";

    @MockitoSpyBean
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;
    @Autowired
    TestAccounts accounts;
    @Autowired
    cn.perfeval.workflow.ReportWorkflow workflow;

    long id;

    @BeforeEach
    void a_report_in_drafting_and_a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
    }

    @Test
    void a_drafter_is_told_when_finance_asked_for_the_corrected_report_straight_back() {
        navigate("drafting/" + id, DraftView.class);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("straight-to-finance").exists()).isFalse();

        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.returnReport(id, "请补充佐证材料", cn.perfeval.workflow.ReturnTarget.DRAFTING,
                true));
        navigate("drafting/" + id, DraftView.class);

        assertThat(find(com.vaadin.flow.component.html.Span.class).id("straight-to-finance").getText())
                .isEqualTo("财政审核要求修改后直接退回：提交后直接报财政审核，不再经过局审核。");
    }

    @Test
    void an_indicator_is_added_under_its_levels_edited_in_the_tree_and_saved() {
        navigate("drafting/" + id, DraftView.class);
        test(find(Button.class).id("nav-indicators")).click();
        @SuppressWarnings("unchecked")
        ComboBox<String> level1 = find(ComboBox.class).id("indicators-table-level1");
        @SuppressWarnings("unchecked")
        ComboBox<String> level2 = find(ComboBox.class).id("indicators-table-level2");
        test(level1).selectItem("产出指标");
        test(level2).selectItem("数量指标");
        test(find(Button.class).id("indicators-table-add")).click();
        var tree = test(indicatorTree());
        assertThat(tree.size()).isEqualTo(3);

        test((TextField) tree.getCellComponent(2, 0)).setValue("资助参保人次数");
        test((TextField) tree.getCellComponent(2, 1)).setValue("≥21575人");
        test((TextField) tree.getCellComponent(2, 2)).setValue("21575人");
        test((BigDecimalField) tree.getCellComponent(2, 3)).setValue(new BigDecimal("10"));
        test((BigDecimalField) tree.getCellComponent(2, 4)).setValue(new BigDecimal("9.5"));
        test((Button) tree.getCellComponent(1, 6)).click();
        assertThat(tree.size()).isEqualTo(4);
        test((Button) tree.getCellComponent(3, 6)).click();
        assertThat(tree.size()).isEqualTo(3);
        test(find(Button.class).id("save")).click();

        assertThat(notifications()).anyMatch(t -> t.contains("已保存"));
        assertThat(lastSaved().indicators()).containsExactly(new Indicator("产出指标", "数量指标", "资助参保人次数",
                "≥21575人", "21575人", new BigDecimal("10"), new BigDecimal("9.5"), null));
    }

    @Test
    void a_self_score_is_typed_in_the_scoring_tree_the_groups_add_up_and_it_is_saved() {
        long miyi = as.call("drafter", () -> reports.importDocument(
                TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear()))).id();
        navigate("drafting/" + miyi, DraftView.class);
        var tree = test(scoringTree());
        List<String> labels = labels(tree);
        assertThat(labels.getFirst()).isEqualTo("部门预算项目绩效管理");
        int goal = labels.indexOf("目标制定");
        assertThat(labels.get(goal - 1)).isEqualTo("目标管理");
        assertThat(text(tree.getCellComponent(0, 1))).isEqualTo("40");
        BigDecimal before = new BigDecimal(text(tree.getCellComponent(0, 2)));
        BigDecimal stated = as.call("drafter", () -> reports.export(miyi)).scoring().items().stream()
                .filter(i -> i.path().getLast().equals("目标制定")).findFirst().orElseThrow().selfScore();

        test((BigDecimalField) tree.getCellComponent(goal, 2)).setValue(new BigDecimal("3.5"));
        test(find(BigDecimalField.class).id("scoring-total")).setValue(new BigDecimal("95.5"));
        test(find(Button.class).id("save")).click();

        assertThat(new BigDecimal(text(tree.getCellComponent(0, 2)))).isEqualByComparingTo(
                before.subtract(stated).add(new BigDecimal("3.5")));
        Scoring saved = lastSaved(miyi).scoring();
        assertThat(saved.items()).filteredOn(i -> i.path().getLast().equals("目标制定")).singleElement()
                .satisfies(i -> assertThat(i.selfScore()).isEqualByComparingTo("3.5"));
        assertThat(saved.total()).isEqualByComparingTo("95.5");
        assertThat(saved.framework()).isEqualTo(COUNTY);
        assertThat(saved.deductions()).singleElement().satisfies(d -> assertThat(d.name()).isEqualTo("被评价单位配合评价工作情况"));
    }

    @Test
    void a_template_fills_an_empty_scoring_table_and_replaces_a_filled_one_only_after_confirming() {
        navigate("drafting/" + id, DraftView.class);
        test(find(Button.class).id("nav-scoring")).click();
        @SuppressWarnings("unchecked")
        Select<String> template = find(Select.class).id("scoring-template");
        assertThat(test(template).getSuggestions()).contains(COUNTY, NATIONAL);

        test(template).selectItem(NATIONAL);
        test(find(Button.class).id("scoring-apply-template")).click();

        assertThat(find(ConfirmDialog.class).withId("scoring-replace-confirm").exists()).isFalse();
        var tree = test(scoringTree());
        assertThat(labels(tree)).containsExactly("预算执行率", "产出指标", "效益指标", "满意度指标");
        assertThat(find(TextField.class).id("scoring-framework").getValue()).isEqualTo(NATIONAL);

        test(template).selectItem(COUNTY);
        test(find(Button.class).id("scoring-apply-template")).click();
        test(find(ConfirmDialog.class).id("scoring-replace-confirm")).cancel();
        assertThat(tree.size()).isEqualTo(4);

        test(find(Button.class).id("scoring-apply-template")).click();
        test(find(ConfirmDialog.class).id("scoring-replace-confirm")).confirm();
        assertThat(labels(tree).getFirst()).isEqualTo("部门预算项目绩效管理");
        test(find(Button.class).id("save")).click();

        Scoring saved = lastSaved().scoring();
        assertThat(saved.framework()).isEqualTo(COUNTY);
        assertThat(saved.items()).hasSize(14).allSatisfy(i -> assertThat(i.selfScore()).isNull());
        assertThat(saved.items()).extracting(ScoringItem::maxPoints).extracting(BigDecimal::intValue)
                .containsExactly(5, 10, 2, 4, 4, 5, 8, 2, 40, 4, 2, 2, 2, 10);
    }

    @Test
    void the_explanation_of_the_figures_is_typed_before_the_conclusion_saved_and_shown_again() {
        navigate("drafting/" + id, DraftView.class);
        test(find(Button.class).id("nav-texts")).click();
        TextArea narrative = find(TextArea.class).withLabel("收入支出及预算执行情况说明").single();
        TextArea conclusion = find(TextArea.class).withLabel("评价结论").single();
        List<Component> fields = narrative.getParent().orElseThrow().getChildren().toList();
        assertThat(fields.indexOf(narrative)).isNotNegative().isLessThan(fields.indexOf(conclusion));
        assertThat(narrative.getValue()).isEmpty();

        String typed = "本年收入合计1,000.50元，其中：财政拨款收入1,000.50元。\n本年支出合计1,000.50元，预算执行率100%。";
        test(narrative).setValue(typed);
        test(find(Button.class).id("save")).click();

        assertThat(notifications()).anyMatch(t -> t.contains("已保存"));
        assertThat(stored().narrative()).isEqualTo(typed);
        assertThat(stored().conclusion()).isEqualTo("整体支出情况良好。");
        navigate("drafting/" + id, DraftView.class);
        test(find(Button.class).id("nav-texts")).click();
        assertThat(find(TextArea.class).withLabel("收入支出及预算执行情况说明").single().getValue()).isEqualTo(typed);
    }

    @Test
    void the_standard_sentences_are_inserted_after_the_explanation_of_the_figures_and_the_conclusion_stays() {
        navigate("drafting/" + id, DraftView.class);
        test(find(Button.class).id("nav-texts")).click();
        test(find(TextArea.class).withLabel("收入支出及预算执行情况说明").single()).setValue("收支情况如下。");

        test(find(Button.class).id("insert-narrative")).click();

        String narrative = find(TextArea.class).withLabel("收入支出及预算执行情况说明").single().getValue();
        assertThat(narrative.lines().toList()).hasSize(2).first().isEqualTo("收支情况如下。");
        assertThat(narrative.lines().toList().getLast()).contains("年度收入合计").contains("年度支出合计");
        assertThat(find(TextArea.class).withLabel("评价结论").single().getValue()).isEqualTo("整体支出情况良好。");
        assertThat(notifications()).anyMatch(t -> t.contains("收入支出及预算执行情况说明"));
    }

    @Test
    void a_save_after_a_colleagues_save_says_who_and_when_keeps_the_input_and_cancel_goes_on_editing() {
        navigate("drafting/" + id, DraftView.class);
        String colleague = colleagueSaves("同事写的任务");
        TextArea tasks = find(TextArea.class).withLabel("年度主要工作任务").single();
        test(tasks).setValue("我写的任务");

        test(find(Button.class).id("save")).click();

        ConfirmDialog dialog = find(ConfirmDialog.class).id("conflict-dialog");
        assertThat(test(dialog).getText()).contains(colleague + " 于 20").contains("保存了此报告");
        assertThat(tasks.getValue()).isEqualTo("我写的任务");
        assertThat(stored().mainTasks()).isEqualTo("同事写的任务");

        test(dialog).cancel();

        assertThat(getCurrentView()).isInstanceOf(DraftView.class);
        assertThat(find(TextArea.class).withLabel("年度主要工作任务").single().getValue()).isEqualTo("我写的任务");
        assertThat(stored().mainTasks()).isEqualTo("同事写的任务");
    }

    @Test
    void overwriting_saves_what_i_typed_over_the_colleagues_version_and_later_saves_go_through() {
        navigate("drafting/" + id, DraftView.class);
        colleagueSaves("同事写的任务");
        test(find(TextArea.class).withLabel("年度主要工作任务").single()).setValue("我写的任务");
        test(find(Button.class).id("save")).click();

        test(find(ConfirmDialog.class).id("conflict-dialog")).confirm();

        assertThat(stored().mainTasks()).isEqualTo("我写的任务");
        assertThat(notifications()).anyMatch(t -> t.contains("已保存"));
        test(find(TextArea.class).withLabel("年度主要工作任务").single()).setValue("再次修改");
        test(find(Button.class).id("save")).click();
        assertThat(find(ConfirmDialog.class).withId("conflict-dialog").exists()).isFalse();
        assertThat(stored().mainTasks()).isEqualTo("再次修改");
    }

    @Test
    void reloading_drops_what_i_typed_and_shows_the_colleagues_version() {
        navigate("drafting/" + id, DraftView.class);
        String colleague = colleagueSaves("同事写的任务");
        test(find(TextArea.class).withLabel("年度主要工作任务").single()).setValue("我写的任务");
        test(find(Button.class).id("save")).click();

        test(find(ConfirmDialog.class).id("conflict-dialog")).reject();

        assertThat(find(TextArea.class).withLabel("年度主要工作任务").single().getValue()).isEqualTo("同事写的任务");
        assertThat(notifications()).anyMatch(t -> t.contains("已载入 " + colleague));
        test(find(Button.class).id("save")).click();
        assertThat(find(ConfirmDialog.class).withId("conflict-dialog").exists()).isFalse();
    }

    @Test
    void leaving_with_unsaved_changes_asks_first_and_stays_unless_the_user_leaves() {
        navigate("drafting/" + id, DraftView.class);
        test(find(TextArea.class).withLabel("年度主要工作任务").single()).setValue("尚未保存");

        UI.getCurrent().navigate(WorkbenchView.class);

        assertThat(getCurrentView()).isInstanceOf(DraftView.class);
        ConfirmDialog ask = find(ConfirmDialog.class).id("leave-dialog");
        test(ask).cancel();
        assertThat(getCurrentView()).isInstanceOf(DraftView.class);
        assertThat(find(TextArea.class).withLabel("年度主要工作任务").single().getValue()).isEqualTo("尚未保存");

        UI.getCurrent().navigate(WorkbenchView.class);
        test(find(ConfirmDialog.class).id("leave-dialog")).confirm();

        assertThat(getCurrentView()).isInstanceOf(WorkbenchView.class);
        assertThat(stored().mainTasks()).isEqualTo("1、深入实施全民参保计划。");
    }

    @Test
    void leaving_after_saving_or_without_changes_does_not_ask() {
        navigate("drafting/" + id, DraftView.class);
        UI.getCurrent().navigate(WorkbenchView.class);
        assertThat(getCurrentView()).isInstanceOf(WorkbenchView.class);

        navigate("drafting/" + id, DraftView.class);
        test(find(TextArea.class).withLabel("年度主要工作任务").single()).setValue("已保存的修改");
        test(find(Button.class).id("save")).click();
        UI.getCurrent().navigate(WorkbenchView.class);
        assertThat(getCurrentView()).isInstanceOf(WorkbenchView.class);
        assertThat(find(ConfirmDialog.class).withId("leave-dialog").exists()).isFalse();
    }

    @Test
    void the_report_downloads_as_its_json_document() {
        navigate("drafting/" + id, DraftView.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        test(find(Anchor.class).id("download-json")).download(out);

        ReportDocument downloaded = json.readValue(out.toByteArray(), ReportDocument.class);
        assertThat(downloaded).isEqualTo(stored());
    }

    @Test
    void an_uploaded_json_file_replaces_the_draft_after_confirming_over_unsaved_changes() {
        navigate("drafting/" + id, DraftView.class);
        test(find(TextArea.class).withLabel("年度主要工作任务").single()).setValue("页面上未保存的内容");
        ObjectNode file = storedAsJson();
        file.put("mainTasks", "文件中的任务");
        ((ObjectNode) file.withArray("income").get(1)).put("total", "999.99");

        test(find(Upload.class).id("upload-json")).upload("report.json", "application/json",
                file.toString().getBytes(StandardCharsets.UTF_8));
        test(find(ConfirmDialog.class).id("upload-confirm")).confirm();

        assertThat(stored().mainTasks()).isEqualTo("文件中的任务");
        assertThat(stored().income().get(1).total()).isEqualByComparingTo("999.99");
        assertThat(find(TextArea.class).withLabel("年度主要工作任务").single().getValue()).isEqualTo("文件中的任务");
        assertThat(notifications()).anyMatch(t -> t.contains("已用文件“report.json”的内容替换草稿"));
    }

    @Test
    void a_bad_json_file_is_refused_with_its_problems_listed_and_the_report_and_the_input_stay_as_they_were() {
        navigate("drafting/" + id, DraftView.class);
        test(find(TextArea.class).withLabel("年度主要工作任务").single()).setValue("页面上未保存的内容");
        ReportDocument before = stored();
        Upload upload = find(Upload.class).id("upload-json");

        test(upload).upload("broken.json", "application/json", "{ \"year\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(notifications()).anyMatch(t -> t.contains("JSON 格式错误"));

        ObjectNode wrongType = storedAsJson();
        ((ObjectNode) wrongType.withArray("income").get(0)).put("total", "一千元");
        test(upload).upload("wrong-type.json", "application/json", bytes(wrongType));
        assertThat(notifications()).anyMatch(t -> t.startsWith("收入决算 第 1 行的合计：文件中填写的不是这一栏应有的类型"));

        ObjectNode badCode = storedAsJson();
        ((ObjectNode) badCode.withArray("income").get(1)).put("code", "2101");
        ((ObjectNode) badCode.withArray("income").get(0)).put("total", "1.005");
        test(upload).upload("bad-code.json", "application/json", bytes(badCode));
        test(find(ConfirmDialog.class).id("upload-confirm")).confirm();
        assertThat(notifications()).anyMatch(t -> t.contains("收入决算 第 2 行（科目 2101）的科目编码") && t.contains("2101")
                && t.contains("收入决算 第 1 行（科目 210）的合计") && t.contains("1.005"));
        assertThat(notifications()).noneMatch(t -> t.contains("income"));

        ObjectNode otherYear = storedAsJson();
        otherYear.put("year", before.year() + 1);
        test(upload).upload("other-year.json", "application/json", bytes(otherYear));
        assertThat(notifications()).anyMatch(t -> t.contains("文件中的年度 " + (before.year() + 1)));

        assertThat(find(ConfirmDialog.class).withId("upload-confirm").exists()).isFalse();
        assertThat(stored()).isEqualTo(before);
        assertThat(find(TextArea.class).withLabel("年度主要工作任务").single().getValue()).isEqualTo("页面上未保存的内容");
    }

    private String colleagueSaves(String mainTasks) {
        String colleague = accounts.drafter("colleague");
        as.run(colleague, () -> reports.saveDraft(id, reports.summary(id).version(),
                with(reports.export(id), d -> new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(),
                        d.department(), mainTasks, d.income(), d.expenditure(), d.totals(), d.budget(),
                        d.threePublicExpenses(), d.assets(), d.indicators(), d.projects(), d.scoring(), d.conclusion(),
                        d.problems(), d.suggestions(), d.resultUse(), d.publication()))));
        return colleague;
    }

    private static ReportDocument with(ReportDocument doc, UnaryOperator<ReportDocument> change) {
        return change.apply(doc);
    }

    private ReportDocument stored() {
        return as.call("drafter", () -> reports.export(id));
    }

    private ObjectNode storedAsJson() {
        return (ObjectNode) json.readTree(json.writeValueAsString(stored()));
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The document the page handed to the service on its last save. */
    private ReportDocument lastSaved() {
        return lastSaved(id);
    }

    private ReportDocument lastSaved(long report) {
        ArgumentCaptor<ReportDocument> saved = ArgumentCaptor.forClass(ReportDocument.class);
        verify(reports, atLeastOnce()).saveDraft(eq(report), anyLong(), saved.capture());
        return saved.getValue();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Grid<Object> indicatorTree() {
        if (!find(Grid.class).withId("indicators-table").exists()) {
            test(find(Button.class).id("nav-indicators")).click();
        }
        return (Grid) find(Grid.class).id("indicators-table");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Grid<Object> scoringTree() {
        if (!find(Grid.class).withId("scoring-table").exists()) {
            test(find(Button.class).id("nav-scoring")).click();
        }
        return (Grid) find(Grid.class).id("scoring-table");
    }

    /** What a cell shows: a field's value, or its text (the first part where a badge follows). */
    private static String text(Component c) {
        if (c instanceof TextField field) {
            return field.getValue();
        }
        if (c instanceof com.vaadin.flow.component.orderedlayout.HorizontalLayout box) {
            return text(box.getComponentAt(0));
        }
        return c.getElement().getText();
    }

    private static List<String> labels(com.vaadin.flow.component.grid.GridTester<Grid<Object>, Object> tree) {
        return IntStream.range(0, tree.size()).mapToObj(i -> text(tree.getCellComponent(i, 0))).toList();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
