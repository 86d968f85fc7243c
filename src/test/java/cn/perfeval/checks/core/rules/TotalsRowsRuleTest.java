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
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsRowsRuleTest {

    private final TotalsRowsRule rule = new TotalsRowsRule();

    @Test
    void totals_that_equal_the_sum_of_the_lei_have_no_finding() {
        var document = report()
                .income(in("208", null, "100.00", "90.00", "10.00"), in("20805", null, "100.00", "90.00", "10.00"),
                        in("210", null, "50.00", "50.00", "0"))
                .expenditure(out("208", null, "100.00", "100.00", "0"), out("210", null, "50.00", "20.00", "30.00"))
                .totals(totals("150.00", "140.00", "10.00", "150.00", "120.00", "30.00", "0", "0")).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_stated_total_that_differs_from_the_sum_of_the_lei_is_an_error() {
        var document = report()
                .income(in("208", null, "100.00", "90.00", "10.00"), in("20805", null, "100.00", "90.00", "10.00"),
                        in("210", null, "50.00", "50.00", "0"))
                .expenditure(out("208", null, "100.00", "100.00", "0"), out("210", null, "50.00", "20.00", "30.00"))
                .totals(totals("150.00", "140.00", "10.00", "150.00", "120.00", "31.00", "0", "0")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::table, Finding::row, Finding::column, Finding::expected,
                Finding::found).containsExactly(tuple("totals.rows", "totals", null, "project", new BigDecimal("30.00"),
                        new BigDecimal("31.00")));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("填报的项目支出合计为31.00元，但支出表各类科目的项目支出合计为30.00元，相差1.00元。");
    }

    @Test
    void a_lei_with_an_unknown_value_leaves_that_total_unjudged() {
        var document = report()
                .income(in("208", null, "100.00", "100.00", null), in("210", null, "50.00", "50.00", null))
                .totals(totals("150.00", "150.00", "99.00", null, null, null, null, null)).build();

        assertThat(run(rule, document)).isEmpty();
    }
}
