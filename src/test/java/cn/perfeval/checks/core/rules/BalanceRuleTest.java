package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.Documents.totals;
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

class BalanceRuleTest {

    private final BalanceRule rule = new BalanceRule();

    @Test
    void opening_balance_plus_income_equal_to_expenditure_plus_closing_balance_has_no_finding() {
        var document = report().totals(totals("100.00", null, null, "90.00", null, null, "5.00", "15.00")).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_year_that_does_not_balance_is_an_error() {
        var document = report().unit(MoneyUnit.WAN_YUAN)
                .totals(totals("100.00", null, null, "90.00", null, null, "5.00", "14.00")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("balance", Severity.ERROR, "totals",
                        "closingBalance", new BigDecimal("105.00"), new BigDecimal("104.00")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("收支不平衡：年初结转结余5.00万元加本年收入100.00万元为"
                + "105.00万元，本年支出90.00万元加年末结转结余14.00万元为104.00万元，相差1.00万元。");
    }

    @Test
    void an_unstated_balance_is_unknown_not_zero() {
        var document = report().totals(totals("100.00", null, null, "90.00", null, null, null, "0")).build();

        assertThat(run(rule, document)).isEmpty();
    }
}
