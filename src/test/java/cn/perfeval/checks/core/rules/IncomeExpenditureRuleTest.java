package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.in;
import static cn.perfeval.checks.core.Documents.out;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.Documents.totals;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Documents;
import cn.perfeval.checks.core.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncomeExpenditureRuleTest {

    private final IncomeExpenditureRule rule = new IncomeExpenditureRule();

    private static Documents tables() {
        return report()
                .income(in("210", "卫生健康支出", "100.00", "100.00", null), in("21011", "行政事业单位医疗", "100.00", "100.00", null),
                        in("229", "其他支出", "50.00", "50.00", null))
                .expenditure(out("210", "卫生健康支出", "113.17", "100.00", "13.17"),
                        out("21011", "行政事业单位医疗", "100.00", "100.00", null),
                        out("21099", "其他卫生健康支出", "13.17", null, "13.17"),
                        out("2109999", "其他卫生健康支出", "13.17", null, "13.17"),
                        out("229", "其他支出", "50.00", null, "50.00"));
    }

    @Test
    void income_equal_to_expenditure_row_by_row_without_balances_has_no_finding() {
        var document = report().income(in("210", null, "100.00", null, null), in("229", null, "50.00", null, null))
                .expenditure(out("210", null, "100.00", null, null), out("229", null, "50.00", null, null))
                .totals(totals("150.00", null, null, "150.00", null, null, "0", "0.00")).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_row_and_a_total_that_differ_are_errors_that_name_the_rows_of_one_side_only() {
        var document = tables().totals(totals("150.00", null, null, "163.17", null, null, "0.00", "0.00")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::table, Finding::row, Finding::column, Finding::expected,
                Finding::found).containsExactly(
                        tuple("income.expenditure", "expenditure", "210", "total", new BigDecimal("100.00"),
                                new BigDecimal("113.17")),
                        tuple("income.expenditure", "totals", null, "expenditure", new BigDecimal("150.00"),
                                new BigDecimal("163.17")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("年初、年末均无结转结余，收支应当一致：科目210 卫生健康支出"
                + "的收入为100.00元，支出为113.17元，相差13.17元。支出表有而收入表没有的科目：21099/2109999 其他卫生健康支出 13.17"
                + "（单位：元）。");
        assertThat(Bundles.zh(findings.get(1).message())).endsWith("支出表有而收入表没有的科目：21099/2109999 其他卫生健康支出 "
                + "13.17（单位：元）。");
    }

    @Test
    void rows_on_either_side_only_are_named_on_their_side_and_a_plain_difference_names_none() {
        var document = report()
                .income(in("210", "卫生健康支出", "120.00", null, null), in("21003", "基层医疗卫生机构", "20.00", null, null),
                        in("229", "其他支出", "50.00", null, null))
                .expenditure(out("210", "卫生健康支出", "113.17", null, null),
                        out("21099", "其他卫生健康支出", "13.17", null, null), out("229", "其他支出", "49.00", null, null),
                        out("230", "转移性支出", "7.00", null, null))
                .totals(totals("170.00", null, null, "169.17", null, null, "0", "0")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::row).containsExactly("210", "229", null);
        assertThat(Bundles.zh(findings.get(0).message())).endsWith("支出表有而收入表没有的科目：21099 其他卫生健康支出 13.17；"
                + "收入表有而支出表没有的科目：21003 基层医疗卫生机构 20.00（单位：元）。");
        assertThat(Bundles.zh(findings.get(1).message())).endsWith("科目229 其他支出的收入为50.00元，支出为49.00元，相差1.00元。");
        assertThat(Bundles.en(findings.get(2).message())).endsWith("In the expenditure table but not in the income table: "
                + "21099 其他卫生健康支出 13.17; 230 转移性支出 7.00; in the income table but not in the expenditure table: "
                + "21003 基层医疗卫生机构 20.00 (yuan).");
    }

    @Test
    void with_a_balance_carried_over_or_not_stated_differences_are_legitimate() {
        assertThat(run(rule, tables().totals(totals("150.00", null, null, "163.17", null, null, "13.17", "0")).build()))
                .isEmpty();
        assertThat(run(rule, tables().totals(totals("150.00", null, null, "163.17", null, null, "0", "5.00")).build()))
                .isEmpty();
        assertThat(run(rule, tables().totals(totals("150.00", null, null, "163.17", null, null, "0", null)).build()))
                .isEmpty();
        assertThat(run(rule, tables().build())).isEmpty();
    }
}
