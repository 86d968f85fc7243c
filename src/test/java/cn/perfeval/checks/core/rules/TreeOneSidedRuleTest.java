package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.in;
import static cn.perfeval.checks.core.Documents.out;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.Documents.totals;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeOneSidedRuleTest {

    private final TreeOneSidedRule rule = new TreeOneSidedRule();

    @Test
    void codes_present_in_both_tables_have_no_finding() {
        var document = report().totals(totals(null, null, null, null, null, null, "10.00", "0"))
                .income(in("210", "卫生健康支出", "90.00", "90.00", null))
                .expenditure(out("210", "卫生健康支出", "100.00", "100.00", "0")).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void with_a_carry_over_a_code_in_one_table_only_is_a_warning_naming_its_highest_code() {
        var document = report().totals(totals(null, null, null, null, null, null, "10.00", "0"))
                .income(in("210", "卫生健康支出", "90.00", "90.00", null))
                .expenditure(out("210", "卫生健康支出", "90.00", "90.00", "0"), out("208", "社会保障和就业支出", "10.00", "10.00", "0"),
                        out("20805", "行政事业单位养老支出", "10.00", "10.00", "0"))
                .build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("tree.one-sided", Severity.WARNING,
                        "expenditure", "208", "total", null, new BigDecimal("10.00")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("科目208 社会保障和就业支出只出现在支出表（10.00元），"
                + "收入表中没有这一科目；如系使用或形成结转结余所致，请在说明中写明，否则请补列。");
    }

    @Test
    void without_a_carry_over_the_income_expenditure_error_names_such_rows_and_this_rule_is_silent() {
        var document = report().totals(totals(null, null, null, null, null, null, "0", "0"))
                .income(in("210", "卫生健康支出", "90.00", "90.00", null))
                .expenditure(out("208", "社会保障和就业支出", "10.00", "10.00", "0")).build();

        assertThat(run(rule, document)).isEmpty();
    }
}
