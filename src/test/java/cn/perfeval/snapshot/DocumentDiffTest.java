package cn.perfeval.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.DepartmentPart;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import cn.perfeval.report.ReportDocument.Staffing;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportKind;
import cn.perfeval.snapshot.Changes.FigureChange;
import cn.perfeval.snapshot.Changes.RowChange;
import cn.perfeval.snapshot.Changes.TextChange;
import cn.perfeval.snapshot.Changes.TextSegment;
import cn.perfeval.snapshot.Changes.TextSegment.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentDiffTest {

    @Test
    void the_same_document_has_no_changes() {
        Changes changes = compare(document(), document());

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.parts()).isEmpty();
    }

    @Test
    void a_changed_figure_is_given_with_its_part_row_column_old_and_new_value_and_difference() {
        ReportDocument after = with(document(), List.of(income("210", "卫生健康支出", "1000.50"),
                income("21013", "医疗救助", "1200.75")));

        Changes changes = compare(document(), after);

        assertThat(changes.figures()).hasSize(2);
        FigureChange total = changes.figures().getFirst();
        assertThat(total.part()).isEqualTo(ReportPart.INCOME);
        assertThat(total.row()).isEqualTo("21013");
        assertThat(total.label()).isEqualTo("21013 医疗救助");
        assertThat(total.column()).isEqualTo("total");
        assertThat(total.before()).isEqualByComparingTo("1000.50");
        assertThat(total.after()).isEqualByComparingTo("1200.75");
        assertThat(total.difference()).isEqualByComparingTo("200.25");
        assertThat(changes.figures().get(1).column()).isEqualTo("fiscal");
        assertThat(changes.parts()).containsExactly(ReportPart.INCOME);
    }

    @Test
    void figures_are_compared_as_decimals_so_a_different_scale_is_no_change() {
        ReportDocument after = with(document(), List.of(income("210", "卫生健康支出", "1000.5"),
                income("21013", "医疗救助", "1000.500")));

        assertThat(compare(document(), after).isEmpty()).isTrue();
    }

    @Test
    void a_figure_emptied_or_filled_in_is_a_change_counted_from_zero() {
        ReportDocument before = document();
        ReportDocument after = new ReportDocument(1, ReportKind.DEPARTMENT_OVERALL, 2030, MoneyUnit.YUAN,
                before.department(), before.mainTasks(), before.income(), before.expenditure(),
                new Totals(new BigDecimal("1000.50"), null, null, new BigDecimal("1000.50"), null, null,
                        new BigDecimal("12.00"), null),
                null, null, null, null, null, null, before.conclusion(), null, null, null, null);

        Changes changes = compare(before, after);

        assertThat(changes.figures()).extracting(FigureChange::column).containsExactly("openingBalance",
                "closingBalance");
        assertThat(changes.figures().get(0).difference()).isEqualByComparingTo("12.00");
        assertThat(changes.figures().get(1).after()).isNull();
        assertThat(changes.figures().get(1).difference()).isEqualByComparingTo("0");
    }

    @Test
    void income_rows_added_and_removed_are_found_by_their_code() {
        ReportDocument after = with(document(), List.of(income("210", "卫生健康支出", "1000.50"),
                income("2101301", "城乡医疗救助", "1000.50")));

        Changes changes = compare(document(), after);

        assertThat(changes.rows()).containsExactly(new RowChange(ReportPart.INCOME, "21013", "21013 医疗救助", false),
                new RowChange(ReportPart.INCOME, "2101301", "2101301 城乡医疗救助", true));
        assertThat(changes.figures()).isEmpty();
    }

    @Test
    void a_renamed_row_keeps_its_code_and_shows_the_name_as_a_changed_text() {
        ReportDocument after = with(document(), List.of(income("210", "卫生健康支出", "1000.50"),
                income("21013", "医疗救助支出", "1000.50")));

        Changes changes = compare(document(), after);

        assertThat(changes.rows()).isEmpty();
        assertThat(changes.texts()).singleElement().satisfies(t -> {
            assertThat(t.part()).isEqualTo(ReportPart.INCOME);
            assertThat(t.field()).isEqualTo("name");
            assertThat(t.segments()).containsExactly(new TextSegment(Kind.SAME, "医疗救助"),
                    new TextSegment(Kind.INSERTED, "支出"));
        });
    }

    @Test
    void indicators_projects_and_scoring_items_are_matched_by_name_or_path() {
        ReportDocument before = parts(
                List.of(indicator("资助参保人次数", "≥21575人", "21575人", "10"),
                        indicator("救助及时率", "≥95%", "96%", "10")),
                List.of(project("城乡医疗救助", "683.18", List.of(indicator("救助人次", "≥3万", "31811", "10"))),
                        project("医疗保障服务能力建设", "100.00", List.of())),
                List.of(item(List.of("决策", "绩效目标"), "5"), item(List.of("过程", "资金管理"), "10")));
        ReportDocument after = parts(
                List.of(indicator("资助参保人次数", "≥21575人", "21580人", "9"),
                        indicator("群众满意度", "≥90%", "93%", "10")),
                List.of(project("城乡医疗救助", "700.00", List.of(indicator("救助人次", "≥3万", "32000", "10"))),
                        project("医疗救助信息化", "50.00", List.of())),
                List.of(item(List.of("决策", "绩效目标"), "4.5"), item(List.of("产出", "数量"), "20")));

        Changes changes = compare(before, after);

        assertThat(changes.rows()).containsExactlyInAnyOrder(
                new RowChange(ReportPart.INDICATORS, "产出指标 / 数量指标 / 救助及时率", "产出指标 / 数量指标 / 救助及时率", false),
                new RowChange(ReportPart.INDICATORS, "产出指标 / 数量指标 / 群众满意度", "产出指标 / 数量指标 / 群众满意度", true),
                new RowChange(ReportPart.PROJECTS, "医疗保障服务能力建设", "医疗保障服务能力建设", false),
                new RowChange(ReportPart.PROJECTS, "医疗救助信息化", "医疗救助信息化", true),
                new RowChange(ReportPart.SCORING, "过程 / 资金管理", "过程 / 资金管理", false),
                new RowChange(ReportPart.SCORING, "产出 / 数量", "产出 / 数量", true));
        assertThat(changes.figures()).extracting(FigureChange::part, FigureChange::row, FigureChange::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ReportPart.INDICATORS, "产出指标 / 数量指标 / 资助参保人次数",
                                "score"),
                        org.assertj.core.groups.Tuple.tuple(ReportPart.PROJECTS, "城乡医疗救助", "executed.fiscal"),
                        org.assertj.core.groups.Tuple.tuple(ReportPart.SCORING, "决策 / 绩效目标", "selfScore"));
        assertThat(changes.texts()).extracting(TextChange::part, TextChange::row, TextChange::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ReportPart.INDICATORS, "产出指标 / 数量指标 / 资助参保人次数",
                                "actual"),
                        org.assertj.core.groups.Tuple.tuple(ReportPart.PROJECTS, "城乡医疗救助 / 产出指标 / 数量指标 / 救助人次",
                                "indicators.actual"));
        assertThat(changes.parts()).containsExactly(ReportPart.INDICATORS, ReportPart.PROJECTS, ReportPart.SCORING);
    }

    @Test
    void the_conclusion_text_diff_marks_what_was_inserted_and_deleted() {
        ReportDocument before = document();
        ReportDocument after = new ReportDocument(1, ReportKind.DEPARTMENT_OVERALL, 2030, MoneyUnit.YUAN,
                before.department(), before.mainTasks(), before.income(), before.expenditure(), before.totals(),
                null, null, null, null, null, null, "整体支出情况较好，资金使用规范。", null, null, null, null);

        Changes changes = compare(before, after);

        assertThat(changes.texts()).singleElement().satisfies(t -> {
            assertThat(t.part()).isEqualTo(ReportPart.CONCLUSIONS);
            assertThat(t.field()).isEqualTo("conclusion");
            assertThat(t.segments()).containsExactly(new TextSegment(Kind.SAME, "整体支出情况"),
                    new TextSegment(Kind.DELETED, "良好"), new TextSegment(Kind.INSERTED, "较好，资金使用规范"),
                    new TextSegment(Kind.SAME, "。"));
        });
    }

    @Test
    void a_changed_explanation_of_the_figures_is_shown_with_the_conclusions_before_the_conclusion() {
        ReportDocument before = document().withNarrative("本年收入合计1,000.50元。");
        ReportDocument after = new ReportDocument(1, ReportKind.DEPARTMENT_OVERALL, 2030, MoneyUnit.YUAN,
                before.department(), before.mainTasks(), before.income(), before.expenditure(), before.totals(),
                null, null, null, null, null, null, "整体支出情况较好。", null, null, null, null, null,
                "本年收入合计1,000.50元。\n预算执行率100%。");

        Changes changes = compare(before, after);

        assertThat(changes.texts()).extracting(t -> t.part(), t -> t.field()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReportPart.CONCLUSIONS, "narrative"),
                org.assertj.core.groups.Tuple.tuple(ReportPart.CONCLUSIONS, "conclusion"));
        assertThat(changes.texts().getFirst().before()).isEqualTo("本年收入合计1,000.50元。");
        assertThat(changes.texts().getFirst().after()).isEqualTo("本年收入合计1,000.50元。\n预算执行率100%。");
    }

    @Test
    void staffing_counts_and_the_duties_are_compared_in_the_basic_information() {
        ReportDocument before = document();
        ReportDocument after = new ReportDocument(1, ReportKind.DEPARTMENT_OVERALL, 2030, MoneyUnit.YUAN,
                new DepartmentPart("米易县医疗保障局", "米易县", "行政单位", new Staffing(23, 22, 2), "（1）贯彻执行医疗保障法律法规。"),
                before.mainTasks(), before.income(), before.expenditure(), before.totals(), null, null, null, null,
                null, null, before.conclusion(), null, null, null, null);

        Changes changes = compare(before, after);

        assertThat(changes.figures()).singleElement().satisfies(f -> {
            assertThat(f.part()).isEqualTo(ReportPart.BASIC);
            assertThat(f.column()).isEqualTo("actual");
            assertThat(f.difference()).isEqualByComparingTo("1");
        });
    }

    @Test
    void attachments_added_and_removed_are_listed_by_name() {
        Changes changes = DocumentDiff.compare(1, 2, document(), List.of("决算报表.pdf", "会议纪要.docx"), document(),
                List.of("决算报表.pdf", "绩效自评表.xlsx", "现场照片.jpg"));

        assertThat(changes.attachmentsAdded()).containsExactly("绩效自评表.xlsx", "现场照片.jpg");
        assertThat(changes.attachmentsRemoved()).containsExactly("会议纪要.docx");
        assertThat(changes.parts()).containsExactly(ReportPart.EVIDENCE);
        assertThat(changes.fromRound()).isEqualTo(1);
        assertThat(changes.toRound()).isEqualTo(2);
    }

    private static Changes compare(ReportDocument before, ReportDocument after) {
        return DocumentDiff.compare(1, null, before, List.of(), after, List.of());
    }

    private static ReportDocument document() {
        return new ReportDocument(1, ReportKind.DEPARTMENT_OVERALL, 2030, MoneyUnit.YUAN,
                new DepartmentPart("米易县医疗保障局", "米易县", "行政单位", new Staffing(23, 21, 2), "（1）贯彻执行医疗保障法律法规。"),
                "1、深入实施全民参保计划。",
                List.of(income("210", "卫生健康支出", "1000.50"), income("21013", "医疗救助", "1000.50")),
                List.of(new ExpenditureLine("210", "卫生健康支出", new BigDecimal("1000.50"), new BigDecimal("200.25"),
                        new BigDecimal("800.25"))),
                new Totals(new BigDecimal("1000.50"), null, null, new BigDecimal("1000.50"), null, null, null,
                        new BigDecimal("0")),
                null, null, null, null, null, null, "整体支出情况良好。", null, null, null, null);
    }

    private static ReportDocument with(ReportDocument d, List<IncomeLine> income) {
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                income, d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), d.assets(), d.indicators(),
                d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(),
                d.publication());
    }

    private static ReportDocument parts(List<Indicator> indicators, List<Project> projects, List<ScoringItem> items) {
        ReportDocument d = document();
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), null, null, null, indicators, projects,
                new Scoring("县级部门整体支出绩效评价指标体系", items, null, null, null), d.conclusion(), null, null, null, null);
    }

    private static IncomeLine income(String code, String name, String total) {
        return new IncomeLine(code, name, new BigDecimal(total), new BigDecimal(total), null);
    }

    private static Indicator indicator(String name, String target, String actual, String score) {
        return new Indicator("产出指标", "数量指标", name, target, actual, new BigDecimal("10"), new BigDecimal(score), null);
    }

    private static Project project(String name, String executedFiscal, List<Indicator> indicators) {
        return new Project(name, new Funds(new BigDecimal("756.03"), null), new Funds(new BigDecimal(executedFiscal), null),
                "资助参保。", new ArrayList<>(indicators));
    }

    private static ScoringItem item(List<String> path, String selfScore) {
        return new ScoringItem(path, new BigDecimal("10"), new BigDecimal(selfScore), null, null);
    }
}
