package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.support.TestDocuments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDocumentValidatorTest {

    @Test
    void a_complete_document_has_no_problem() {
        assertThat(ReportDocumentValidator.forImport(TestDocuments.small(2022))).isEmpty();
    }

    @Test
    void codes_must_have_three_five_or_seven_digits_and_be_unique_in_their_table() {
        List<IncomeLine> rows = new ArrayList<>(TestDocuments.small(2022).income());
        rows.add(new IncomeLine("2101", "四位编码", null, null, null));
        rows.add(new IncomeLine("210", "重复", null, null, null));
        rows.add(new IncomeLine("21A01", "字母", null, null, null));
        assertThat(fields(ReportDocumentValidator.forImport(withIncome(rows))))
                .containsExactly("income[2].code", "income[3].code", "income[4].code");
    }

    @Test
    void ten_thousand_yuan_may_carry_six_decimals_but_not_seven() {
        ReportDocument doc = withIncome(List.of(new IncomeLine("210", "卫生健康支出", new BigDecimal("0.001317"), null,
                new BigDecimal("0.0013171"))));
        doc = new ReportDocument(1, doc.kind(), doc.year(), MoneyUnit.WAN_YUAN, doc.department(), null, doc.income(),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(fields(ReportDocumentValidator.forImport(doc))).containsExactly("income[0].other");
    }

    @Test
    void a_row_without_a_name_is_named_as_missing() {
        assertThat(fields(ReportDocumentValidator.forImport(withIncome(List.of(new IncomeLine("210", " ", null, null,
                null)))))).containsExactly("income[0].name");
    }

    @Test
    void a_code_of_a_category_outside_the_classification_is_refused_whatever_its_length() {
        List<IncomeLine> rows = List.of(new IncomeLine("2080501", "行政单位离退休", null, null, null),
                new IncomeLine("299", "未知类", null, null, null),
                new IncomeLine("19901", "未知款", null, null, null),
                new IncomeLine("2180101", "已撤销的类", null, null, null),
                new IncomeLine("234", "抗疫特别国债安排的支出", null, null, null));
        List<FieldProblem> problems = ReportDocumentValidator.forImport(withIncome(rows));
        assertThat(fields(problems)).containsExactly("income[1].code", "income[2].code", "income[3].code");
        assertThat(problems).allSatisfy(p -> assertThat(p.message().key()).isEqualTo("doc.code.unknown"));
        assertThat(problems.getFirst().message().args()).containsExactly("299", "299");
    }

    @Test
    void a_five_or_seven_character_code_with_anything_but_ascii_digits_is_malformed() {
        List<IncomeLine> rows = List.of(new IncomeLine("2O805", "字母O", null, null, null),
                new IncomeLine("２０８０５０１", "全角数字", null, null, null),
                new IncomeLine("208 05", "空格", null, null, null),
                new IncomeLine("208050101", "九位", null, null, null));
        List<FieldProblem> problems = ReportDocumentValidator.forImport(withIncome(rows));
        assertThat(fields(problems)).containsExactly("income[0].code", "income[1].code", "income[2].code",
                "income[3].code");
        assertThat(problems).allSatisfy(p -> assertThat(p.message().key()).isEqualTo("doc.code.format"));
    }

    @Test
    void every_part_is_checked_names_items_paths_counts_points_money_and_text_lengths() {
        ReportDocument d = TestDocuments.small(2022);
        ReportDocument doc = new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(),
                d.mainTasks(), d.income(), d.expenditure(), d.totals(),
                List.of(new ReportDocument.BudgetLine(" ", null, null, null),
                        new ReportDocument.BudgetLine("人员类项目", new BigDecimal("1.005"), null, null)),
                new ReportDocument.ThreePublicExpenses(null, new ReportDocument.ThreeLines(null, null,
                        new BigDecimal("-0.001")), -9, 112),
                new ReportDocument.Assets(new BigDecimal("99999999999999999"), null, null, null, null),
                List.of(new ReportDocument.Indicator("产出指标", "数量指标", null, "≥1", "1", null, null, null),
                        new ReportDocument.Indicator("产出指标", "数量指标", "参保人数", "x".repeat(2001), null,
                                new BigDecimal("-1"), new BigDecimal("1.23456"), null)),
                List.of(new ReportDocument.Project(null, null, null, null, null),
                        new ReportDocument.Project("城乡医疗救助", null, null, null, java.util.Arrays.asList(
                                (ReportDocument.Indicator) null))),
                new ReportDocument.Scoring(null, List.of(
                        new ReportDocument.ScoringItem(List.of(), new BigDecimal("5"), null, null, null),
                        new ReportDocument.ScoringItem(List.of("部门预算项目绩效管理", ""), new BigDecimal("5"),
                                new BigDecimal("-2"), null, null)),
                        List.of(new ReportDocument.Deduction(null, new BigDecimal("10"), new BigDecimal("0"))),
                        new BigDecimal("-97"), "优".repeat(21)),
                null, null, null, null, null);
        assertThat(fields(ReportDocumentValidator.forImport(doc))).containsExactly(
                "budget[0].item", "budget[1].initial",
                "threePublicExpenses.actual.reception", "threePublicExpenses.receptionBatches",
                "assets.total",
                "indicators[0].name", "indicators[1].target", "indicators[1].weight", "indicators[1].score",
                "projects[0].name", "projects[1].indicators[0].name",
                "scoring.items[0].path", "scoring.items[1].path[1]", "scoring.items[1].selfScore",
                "scoring.deductions[0].name", "scoring.total", "scoring.grade");
    }

    @Test
    void the_explanation_of_the_figures_may_hold_twenty_thousand_characters_but_not_one_more() {
        ReportDocument d = TestDocuments.small(2022);
        assertThat(ReportDocumentValidator.forImport(d.withNarrative("收".repeat(20_000)))).isEmpty();
        assertThat(ReportDocumentValidator.forDraft(d.withNarrative("收".repeat(20_000)))).isEmpty();

        List<FieldProblem> problems = ReportDocumentValidator.forImport(d.withNarrative("收".repeat(20_001)));
        assertThat(fields(problems)).containsExactly("narrative");
        assertThat(problems.getFirst().message().key()).isEqualTo("doc.text.too-long");
        assertThat(fields(ReportDocumentValidator.forDraft(d.withNarrative("收".repeat(20_001)))))
                .containsExactly("narrative");
        assertThat(ReportDocumentValidator.forChecks(d.withNarrative("收".repeat(20_001))))
                .as("a document only checked, never stored").isEmpty();
    }

    @Test
    void a_draft_is_checked_in_every_part_like_an_import() {
        ReportDocument d = TestDocuments.small(2022);
        ReportDocument doc = new ReportDocument(null, null, null, null, d.department(), null, d.income(), null,
                null, List.of(new ReportDocument.BudgetLine(null, null, null, null)), null, null, null, null, null,
                null, null, null, null, null);
        assertThat(fields(ReportDocumentValidator.forDraft(doc))).containsExactly("budget[0].item");
    }

    private static ReportDocument withIncome(List<IncomeLine> rows) {
        ReportDocument d = TestDocuments.small(2022);
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(), rows,
                d.expenditure(), d.totals(), null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
