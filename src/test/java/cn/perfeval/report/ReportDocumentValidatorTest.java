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

    private static ReportDocument withIncome(List<IncomeLine> rows) {
        ReportDocument d = TestDocuments.small(2022);
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(), rows,
                d.expenditure(), d.totals(), null, null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
