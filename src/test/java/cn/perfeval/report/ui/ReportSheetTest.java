package cn.perfeval.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ui.ReportSheet.TableRow;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;

@ViewTest
@WithUserDetails("drafter")
class ReportSheetTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** 210 (1000.50) → 21013 (1000.50) → 2101301 (600.00) and 2101399 (400.00); 2240101 without its parents. */
    private ReportSheet sheetWithATree(boolean editable) {
        ReportDocument small = TestDocuments.small();
        List<IncomeLine> income = List.of(
                new IncomeLine("210", "卫生健康支出", new BigDecimal("1000.50"), new BigDecimal("1000.50"), BigDecimal.ZERO),
                new IncomeLine("21013", "医疗救助", new BigDecimal("1000.50"), new BigDecimal("1000.50"), BigDecimal.ZERO),
                new IncomeLine("2101301", "城乡医疗救助", new BigDecimal("600.00"), new BigDecimal("600.00"),
                        BigDecimal.ZERO),
                new IncomeLine("2101399", "其他医疗救助支出", new BigDecimal("400.00"), new BigDecimal("400.00"),
                        BigDecimal.ZERO),
                new IncomeLine("2240101", "行政运行", new BigDecimal("5.00"), new BigDecimal("5.00"), BigDecimal.ZERO));
        ReportDocument doc = new ReportDocument(small.formatVersion(), small.kind(), small.year(), small.unit(),
                small.department(), small.mainTasks(), income, small.expenditure(), small.totals(), null, null, null,
                List.of(new Indicator("产出指标", "数量指标", "资助参保人次数", "≥21575人", "21575人", new BigDecimal("10"),
                        new BigDecimal("10"), null),
                        new Indicator("产出指标", "质量指标", "救助比例", "≥70%", "80%", new BigDecimal("10"),
                                new BigDecimal("9"), null),
                        new Indicator("满意度指标", "服务对象满意度指标", "参保人员满意度", "≥95%", "96%",
                                new BigDecimal("10"), new BigDecimal("10"), null)),
                null, null, small.conclusion(), null, null, null, small.publication());
        long id = as.call("drafter", () -> reports.importDocument(doc)).id();
        ReportDetails details = as.call("drafter", () -> reports.details(id));
        ReportSheet sheet = new ReportSheet(details, editable);
        UI.getCurrent().add(sheet);
        return sheet;
    }

    @Test
    void the_sheet_opens_on_its_first_part_and_the_navigation_shows_one_part_at_a_time() {
        ReportSheet sheet = sheetWithATree(true);

        assertThat(sheet.shownPart()).isEqualTo("basic");
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).withId("income-table").exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.button.Button.class).id("nav-basic").getElement()
                .getAttribute("aria-current")).isEqualTo("true");

        show("income");

        assertThat(find(com.vaadin.flow.component.grid.Grid.class).withId("income-table").exists()).isTrue();
        assertThat(find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).withId("section-basic")
                .exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.button.Button.class).id("nav-basic").getElement()
                .getAttribute("aria-current")).isNull();

        sheet.focus("totals", null, "income");

        assertThat(sheet.shownPart()).isEqualTo("totals");
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).withId("income-table").exists()).isFalse();
        assertThat(find(BigDecimalField.class).id("totals-income").getValue()).isEqualByComparingTo("1000.50");
    }

    @Test
    void a_part_never_shown_is_saved_as_it_was_loaded() {
        ReportSheet sheet = sheetWithATree(true);
        ReportDocument loaded = sheet.edits();

        show("income");
        show("texts");

        assertThat(sheet.edits()).isEqualTo(loaded);
        assertThat(loaded.conclusion()).isEqualTo("整体支出情况良好。");
        assertThat(loaded.indicators()).extracting(Indicator::name).containsExactly("资助参保人次数", "救助比例",
                "参保人员满意度");
    }

    @Test
    void on_a_review_step_the_explanation_of_the_figures_is_shown_read_only_and_kept_as_it_was() {
        ReportDocument doc = TestDocuments.small().withNarrative("本年收入合计1,000.50元。\n本年支出合计1,000.50元，预算执行率100%。");
        long id = as.call("drafter", () -> reports.importDocument(doc)).id();
        ReportSheet sheet = new ReportSheet(as.call("drafter", () -> reports.details(id)), false);
        UI.getCurrent().add(sheet);

        show("texts");

        var narrative = find(com.vaadin.flow.component.textfield.TextArea.class).id("text-narrative");
        assertThat(narrative.getLabel()).isEqualTo("收入支出及预算执行情况说明");
        assertThat(narrative.getValue()).isEqualTo(doc.narrative());
        assertThat(narrative.isReadOnly()).isTrue();
        assertThat(find(com.vaadin.flow.component.textfield.TextArea.class).id("text-conclusion").isReadOnly()).isTrue();
        assertThat(sheet.edits().narrative()).isEqualTo(doc.narrative());
    }

    /** Clicks the part's button in the sheet's navigation. */
    private void show(String part) {
        test(find(com.vaadin.flow.component.button.Button.class).id("nav-" + part)).click();
    }

    @Test
    void the_income_table_is_a_tree_of_the_codes_and_a_row_whose_parent_is_absent_hangs_at_the_top() {
        ReportSheet sheet = sheetWithATree(false);
        CodeTableSection income = sheet.incomeSection();
        TreeGrid<TableRow> grid = income.grid();

        assertThat(codes(grid.getTreeData().getRootItems())).containsExactly("210", "2240101");
        TableRow lei = row(sheet, "210");
        TableRow kuan = row(sheet, "21013");
        assertThat(codes(grid.getTreeData().getChildren(lei))).containsExactly("21013");
        assertThat(codes(grid.getTreeData().getChildren(kuan))).containsExactly("2101301", "2101399");
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo(5);
        assertThat(Stream.of(0, 1, 2, 3, 4).map(i -> tester.getRow(i).code()))
                .containsExactly("210", "21013", "2101301", "2101399", "2240101");
    }

    @Test
    void each_parent_shows_the_sum_of_its_children_beside_its_figure_marked_where_they_differ() {
        ReportSheet sheet = sheetWithATree(false);
        CodeTableSection income = sheet.incomeSection();
        var tester = test(income.grid());
        Component leiTotal = tester.getCellComponent(0, 2);
        Component kuanTotal = tester.getCellComponent(1, 2);

        assertThat(texts(leiTotal)).containsExactly("1,000.50", "下级合计 1,000.50");
        assertThat(income.subtotalDiffers(row(sheet, "210"), 0)).isFalse();
        assertThat(texts(kuanTotal)).containsExactly("1,000.50", "下级合计 1,000.00");
        assertThat(income.subtotalDiffers(row(sheet, "21013"), 0)).isTrue();
        assertThat(texts(tester.getCellComponent(2, 2))).containsExactly("600.00");
        assertThat(spans(kuanTotal).get(1).hasClassName("subtotal-differs")).isTrue();
    }

    @Test
    void a_figure_typed_into_a_child_updates_its_parents_subtotal_and_the_sum_beside_the_stated_total() {
        ReportSheet sheet = sheetWithATree(true);
        show("income");
        CodeTableSection income = sheet.incomeSection();
        var tester = test(income.grid());
        tester.getCellComponent(1, 2);
        BigDecimalField child = (BigDecimalField) tester.getCellComponent(3, 2);

        test(child).setValue(new BigDecimal("400.50"));

        assertThat(row(sheet, "2101399").total()).isEqualByComparingTo("400.50");
        assertThat(income.subtotalText(row(sheet, "21013"), 0)).isEqualTo("下级合计 1,000.50");
        assertThat(income.subtotalDiffers(row(sheet, "21013"), 0)).isFalse();
        test(child).setValue(new BigDecimal("399.50"));
        assertThat(income.subtotalText(row(sheet, "21013"), 0)).isEqualTo("下级合计 999.50");
        assertThat(income.subtotalDiffers(row(sheet, "21013"), 0)).isTrue();
        assertThat(sheet.isDirty()).isTrue();

        test(moneyField(tester.getCellComponent(0, 2))).setValue(new BigDecimal("1001.00"));
        show("totals");
        assertThat(helperTexts(find(BigDecimalField.class).id("totals-income"))).containsExactly("按表计算：1,001.00");
        assertThat(((Component) find(BigDecimalField.class).id("totals-income").getHelperComponent())
                .getChildren().findFirst().map(Span.class::cast).orElseThrow().hasClassName("computed-differs")).isTrue();
        assertThat(sheet.edits().income()).extracting(IncomeLine::total).containsExactly(new BigDecimal("1001.00"),
                new BigDecimal("1000.50"), new BigDecimal("600.00"), new BigDecimal("399.50"), new BigDecimal("5.00"));
    }

    @Test
    void a_code_typed_into_a_new_row_keeps_the_row_in_place_until_the_user_goes_on_to_another_row() {
        ReportSheet sheet = sheetWithATree(true);
        show("income");
        CodeTableSection income = sheet.incomeSection();
        test(find(com.vaadin.flow.component.button.Button.class).id("income-add-row")).click();
        var tester = test(income.grid());
        assertThat(tester.size()).isEqualTo(6);
        TextField code = (TextField) tester.getCellComponent(5, 0);

        test(code).setValue("2101302");
        test((TextField) tester.getCellComponent(5, 1)).setValue("新增科目");
        roundTrip();

        TableRow added = row(sheet, "2101302");
        assertThat(tester.getRow(5)).isSameAs(added);
        assertThat(added.name()).isEqualTo("新增科目");
        assertThat(income.grid().getTreeData().getParent(added)).isNull();
        assertThat(income.pending()).containsSame(added);

        TextField otherRow = (TextField) tester.getCellComponent(0, 0);
        ComponentUtil.fireEvent(otherRow, new FocusNotifier.FocusEvent<>(otherRow, true));
        roundTrip();

        assertThat(income.grid().getTreeData().getParent(added).code()).isEqualTo("21013");
        assertThat(income.pending()).isEmpty();
        assertThat(sheet.edits().income()).extracting(IncomeLine::code, IncomeLine::name).containsExactly(
                tuple("210", "卫生健康支出"), tuple("21013", "医疗救助"), tuple("2101301", "城乡医疗救助"),
                tuple("2101399", "其他医疗救助支出"), tuple("2240101", "行政运行"), tuple("2101302", "新增科目"));
    }

    @Test
    void enter_in_a_row_whose_code_was_typed_places_it() {
        ReportSheet sheet = sheetWithATree(true);
        show("income");
        CodeTableSection income = sheet.incomeSection();
        test(find(com.vaadin.flow.component.button.Button.class).id("income-add-row")).click();
        var tester = test(income.grid());
        test((TextField) tester.getCellComponent(5, 0)).setValue("22401");
        TextField name = (TextField) tester.getCellComponent(5, 1);
        test(name).setValue("行政运行款");
        roundTrip();
        assertThat(income.grid().getTreeData().getRootItems()).extracting(TableRow::name)
                .containsExactly("卫生健康支出", "行政运行", "行政运行款");

        ComponentUtil.fireEvent(name, new KeyDownEvent(name, "Enter"));
        roundTrip();

        assertThat(income.pending()).isEmpty();
        assertThat(income.grid().getTreeData().getRootItems()).extracting(TableRow::name)
                .containsExactly("卫生健康支出", "行政运行款");
        assertThat(income.grid().getTreeData().getParent(row(sheet, "2240101")).name()).isEqualTo("行政运行款");
    }

    @Test
    void a_sub_item_added_to_a_parent_stands_under_it_with_the_parents_code_filled_and_stays_while_edited() {
        ReportSheet sheet = sheetWithATree(true);
        show("income");
        CodeTableSection income = sheet.incomeSection();
        var tester = test(income.grid());
        HorizontalLayout actions = (HorizontalLayout) tester.getCellComponent(1, 5);
        com.vaadin.flow.component.button.Button addChild =
                (com.vaadin.flow.component.button.Button) actions.getComponentAt(0);
        assertThat(addChild.getTooltip().getText()).isEqualTo("添加下级科目");

        test(addChild).click();

        TableRow child = income.pending().orElseThrow();
        assertThat(child.code()).isEqualTo("21013");
        assertThat(income.grid().getTreeData().getParent(child).code()).isEqualTo("21013");
        assertThat(sheet.incomeRows()).extracting(TableRow::code)
                .containsExactly("210", "21013", "2101301", "2101399", "21013", "2240101");

        test((TextField) tester.getCellComponent(4, 0)).setValue("2101302");
        roundTrip();
        assertThat(income.grid().getTreeData().getParent(child).code()).isEqualTo("21013");
        TextField otherRow = (TextField) tester.getCellComponent(0, 1);
        ComponentUtil.fireEvent(otherRow, new FocusNotifier.FocusEvent<>(otherRow, true));
        roundTrip();

        assertThat(income.pending()).isEmpty();
        assertThat(income.childrenOf(row(sheet, "21013"))).extracting(TableRow::code)
                .containsExactly("2101301", "2101399", "2101302");
    }

    @Test
    void the_unit_switch_shows_all_money_in_wan_yuan_and_back_and_nothing_is_rounded_in_the_document() {
        ReportSheet sheet = sheetWithATree(true);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MoneyUnit> unit = find(RadioButtonGroup.class).id("unit-switch");
        show("income");
        var tester = test(sheet.incomeSection().grid());

        test(unit).selectItem("万元");

        assertThat(sheet.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(texts(tester.getCellComponent(4, 2))).containsExactly("0.00");
        assertThat(texts(tester.getCellComponent(0, 2))).containsExactly("0.10", "下级合计 0.10");
        assertThat(find(com.vaadin.flow.component.html.H3.class).all()).extracting(h -> h.getText())
                .contains("收入决算（单位：万元）");
        show("totals");
        TextField statedIncome = find(TextField.class).id("totals-income");
        assertThat(statedIncome.getValue()).isEqualTo("0.10");
        assertThat(statedIncome.isReadOnly()).isTrue();
        assertThat(sheet.edits().income().getFirst().total()).isEqualByComparingTo("1000.50");

        test(unit).selectItem("元");

        show("income");
        BigDecimalField total = (BigDecimalField) tester.getCellComponent(4, 2);
        assertThat(total.getValue()).isEqualByComparingTo("5.00");
        assertThat(total.isReadOnly()).isFalse();
        show("totals");
        assertThat(find(BigDecimalField.class).id("totals-income").getValue()).isEqualByComparingTo("1000.50");
    }

    @Test
    void the_indicators_are_a_tree_of_first_and_second_levels_with_the_sums_of_weights_and_scores() {
        ReportSheet sheet = sheetWithATree(false);
        TreeGrid<IndicatorTree.Node> grid = sheet.indicatorsSection().tree().grid();
        var tester = test(grid);

        assertThat(Stream.iterate(0, i -> i < tester.size(), i -> i + 1).map(i -> tester.getRow(i).label()))
                .containsExactly("产出指标", "数量指标", "资助参保人次数", "质量指标", "救助比例", "满意度指标", "服务对象满意度指标",
                        "参保人员满意度");
        assertThat(texts(tester.getCellComponent(0, 3))).containsExactly("20");
        assertThat(texts(tester.getCellComponent(0, 4))).containsExactly("19");
        assertThat(texts(tester.getCellComponent(4, 2))).containsExactly("80%");
    }

    @Test
    void a_mark_puts_a_badge_with_its_text_on_a_row_or_a_field_and_clearing_removes_them() {
        ReportSheet sheet = sheetWithATree(false);
        sheet.mark("income", "21013", "total", "请核对医疗救助的合计数", "error");
        sheet.mark("totals", null, "income", "本轮已修改", "primary");
        sheet.mark("indicators", "救助比例", "actual", "完成值需佐证", null);
        assertThat(find(Span.class).id("nav-marks-income").getText()).isEqualTo("1");
        assertThat(find(Span.class).id("nav-marks-indicators").getText()).isEqualTo("1");
        show("income");
        var income = test(sheet.incomeSection().grid());

        assertThat(badges(income.getCellComponent(1, 1))).containsExactly("请核对医疗救助的合计数");
        assertThat(badges(income.getCellComponent(0, 1))).isEmpty();
        show("totals");
        assertThat(badges((Component) ((HasHelper) find(TextField.class).id("totals-income")).getHelperComponent()))
                .containsExactly("本轮已修改");
        assertThat(badges(test(sheet.indicatorsSection().tree().grid()).getCellComponent(4, 0)))
                .containsExactly("完成值需佐证");

        sheet.clearMarks();

        assertThat(find(Span.class).withId("nav-marks-income").exists()).isFalse();

        assertThat(badges(income.getCellComponent(1, 1))).isEmpty();
        assertThat(((HasHelper) find(TextField.class).id("totals-income")).getHelperComponent()).satisfies(
                helper -> assertThat(helper == null ? List.of() : badges(helper)).isEmpty());
    }

    private static BigDecimalField moneyField(Component cell) {
        List<BigDecimalField> found = new ArrayList<>();
        collect(cell, BigDecimalField.class, found);
        return found.getFirst();
    }

    private static TableRow row(ReportSheet sheet, String code) {
        return sheet.incomeRows().stream().filter(r -> code.equals(r.code())).findFirst().orElseThrow();
    }

    private static List<String> codes(List<TableRow> rows) {
        return rows.stream().map(TableRow::code).toList();
    }

    /** The texts a cell shows, in order: its figure, then a subtotal line where there is one. */
    private static List<String> texts(Component cell) {
        return spans(cell).stream().map(Span::getText).toList();
    }

    private static List<Span> spans(Component cell) {
        List<Span> found = new ArrayList<>();
        collect(cell, Span.class, found);
        return found;
    }

    private static List<String> badges(Component component) {
        return spans(component).stream().filter(s -> s.hasClassName("mark-badge")).map(Span::getText).toList();
    }

    private static List<String> helperTexts(HasHelper field) {
        return field.getHelperComponent() == null ? List.of() : texts(field.getHelperComponent());
    }

    private static <T extends Component> void collect(Component c, Class<T> type, List<T> out) {
        if (type.isInstance(c)) {
            out.add(type.cast(c));
        }
        c.getChildren().forEach(child -> collect(child, type, out));
    }
}
