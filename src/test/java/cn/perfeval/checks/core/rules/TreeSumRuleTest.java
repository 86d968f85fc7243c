package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.in;
import static cn.perfeval.checks.core.Documents.out;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.MoneyUnit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeSumRuleTest {

    private final TreeSumRule rule = new TreeSumRule();

    @Test
    void a_tree_whose_lei_kuan_and_xiang_add_up_has_no_finding() {
        var document = report().income(
                in("210", "卫生健康支出", "300.00", "300.00", "0"),
                in("21011", "行政事业单位医疗", "100.00", "100.00", "0"),
                in("2101101", "行政单位医疗", "60.00", "60.00", "0"),
                in("2101103", "公务员医疗补助", "40.00", "40.00", "0"),
                in("21013", "医疗救助", "200.00", "200.00", "0")).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_kuan_that_differs_from_the_sum_of_its_xiang_is_an_error() {
        var document = report().expenditure(
                out("21011", "行政事业单位医疗", "100.00", "100.00", "0"),
                out("2101101", "行政单位医疗", "60.00", "60.00", "0"),
                out("2101103", "公务员医疗补助", "40.01", "40.01", "0")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(
                        tuple("tree.sum", Severity.ERROR, "expenditure", "21011", "total", new BigDecimal("100.01"),
                                new BigDecimal("100.00")),
                        tuple("tree.sum", Severity.ERROR, "expenditure", "21011", "basic", new BigDecimal("100.01"),
                                new BigDecimal("100.00")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo(
                "支出表科目21011 行政事业单位医疗的本年支出合计为100.00元，但其下各项合计为100.01元，相差0.01元。");
        assertThat(Bundles.en(findings.get(1).message())).isEqualTo("Expenditure table, code 21011 行政事业单位医疗: basic "
                + "expenditure is 100.00 yuan, but its items (xiang) add up to 100.01 yuan, a difference of 0.01 yuan.");
    }

    @Test
    void a_lei_that_differs_from_the_sum_of_its_kuan_is_an_error_in_the_column_that_differs() {
        var document = report().unit(MoneyUnit.WAN_YUAN).income(
                in("208", "社会保障和就业支出", "181.11", "181.11", "0"),
                in("20805", "行政事业单位养老支出", "25.86", "25.86", "0"),
                in("20830", "财政代缴社会保险费支出", "153.99", "153.99", "0")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::row, Finding::column).containsExactly(tuple("208", "total"),
                tuple("208", "fiscal"));
        assertThat(Bundles.zh(findings.get(1).message())).isEqualTo(
                "收入表科目208 社会保障和就业支出的财政拨款收入为181.11万元，但其下各款合计为179.85万元，相差1.26万元。");
    }

    @Test
    void a_parent_or_child_value_that_is_not_stated_is_not_judged() {
        var document = report().income(
                in("210", "卫生健康支出", "300.00", "300.00", null),
                in("21011", "行政事业单位医疗", "100.00", null, "7.00"),
                in("21013", "医疗救助", "100.00", "100.00", "9.00")).build();

        assertThat(run(rule, document)).extracting(Finding::column).containsExactly("total");
    }

    @Test
    void a_row_without_children_and_rows_under_other_parents_are_not_its_children() {
        var document = report().income(
                in("210", "卫生健康支出", "300.00", "300.00", "0"),
                in("21099", "其他卫生健康支出", "300.00", "300.00", "0"),
                in("2080501", "行政单位离退休", "15.00", "15.00", "0"),
                in("21199", "其他节能环保支出", "5.00", "5.00", "0")).build();

        assertThat(run(rule, document)).isEmpty();
    }
}
