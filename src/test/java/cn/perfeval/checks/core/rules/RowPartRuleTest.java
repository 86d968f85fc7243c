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

class RowPartRuleTest {

    private final RowPartRule rule = new RowPartRule();

    @Test
    void a_blank_other_income_with_the_fiscal_part_within_the_total_has_no_finding() {
        var document = report().income(in("210", "卫生健康支出", "135.00", "100.00", null))
                .expenditure(out("210", "卫生健康支出", "135.00", null, "35.00"))
                .totals(totals("135.00", "100.00", null, "135.00", null, "35.00", null, null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_stated_part_above_the_total_beside_a_blank_part_is_an_error() {
        var document = report().income(in("210", "卫生健康支出", "100.00", "135.00", null))
                .totals(totals("100.00", "135.00", null, null, null, null, null, null)).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(
                        tuple("row.part", Severity.ERROR, "income", "210", "total", new BigDecimal("135.00"),
                                new BigDecimal("100.00")),
                        tuple("row.part", Severity.ERROR, "totals", null, "income", new BigDecimal("135.00"),
                                new BigDecimal("100.00")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("收入表科目210 卫生健康支出的其他收入空白，但财政拨款收入"
                + "135.00元已超过合计100.00元，空白一栏只能是负数（-35.00元），请核对。");
        assertThat(Bundles.zh(findings.get(1).message())).isEqualTo("填报的其他收入合计空白，但财政拨款收入合计135.00元已超过"
                + "本年收入合计100.00元，空白一栏只能是负数（-35.00元），请核对。");
    }
}
