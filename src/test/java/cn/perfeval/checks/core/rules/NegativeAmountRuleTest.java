package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.in;
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

class NegativeAmountRuleTest {

    private final NegativeAmountRule rule = new NegativeAmountRule();

    @Test
    void amounts_of_zero_and_above_have_no_finding() {
        var document = report().income(in("210", "卫生健康支出", "100.00", "100.00", "0"))
                .totals(totals("100.00", "100.00", "0", null, null, null, "0", "0")).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_negative_income_is_a_warning() {
        var document = report().income(in("210", "卫生健康支出", "-5.00", "-5.00", "0"))
                .totals(totals("-5.00", null, null, null, null, null, null, null)).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(
                        tuple("amount.negative", Severity.WARNING, "income", "210", "total", BigDecimal.ZERO,
                                new BigDecimal("-5.00")),
                        tuple("amount.negative", Severity.WARNING, "income", "210", "fiscal", BigDecimal.ZERO,
                                new BigDecimal("-5.00")),
                        tuple("amount.negative", Severity.WARNING, "totals", null, "income", BigDecimal.ZERO,
                                new BigDecimal("-5.00")));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("收入表科目210 卫生健康支出的本年收入合计为负数（-5.00元），请核对是冲减还是填报错误。");
        assertThat(Bundles.zh(findings.get(2).message())).isEqualTo("填报的本年收入合计为负数（-5.00元），请核对是冲减还是填报错误。");
    }
}
