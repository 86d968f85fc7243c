package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static cn.perfeval.checks.core.rules.ScoringTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTotalRuleTest {

    private final ScoringTotalRule rule = new ScoringTotalRule();

    @Test
    void a_total_equal_to_the_scores_less_the_deductions_has_no_finding() {
        assertThat(run(rule, report().scoring(table("38", "39", "10", "10", "0", "97.00", "优")).build())).isEmpty();
        assertThat(run(rule, report().scoring(table("38", "39", "10", "10", "2", "95", "优")).build())).isEmpty();
    }

    @Test
    void a_total_that_is_not_the_scores_less_the_deductions_is_an_error() {
        List<Finding> findings = run(rule, report().scoring(table("38", "39", "10", "10", "2", "97", "优")).build());

        assertThat(findings).extracting(Finding::rule, Finding::column, Finding::expected, Finding::found)
                .containsExactly(tuple("scoring.total", "total", new BigDecimal("95"), new BigDecimal("97")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("填报的自评总分为97分，但各指标自评分合计97分减去扣分2分应为95分。");
    }

    @Test
    void an_unscored_item_leaves_the_total_unjudged() {
        assertThat(run(rule, report().scoring(table("38", null, "10", "10", "0", "97", "优")).build())).isEmpty();
        assertThat(run(rule, report().scoring(table("38", "39", "10", "10", null, "97", "优")).build())).isEmpty();
    }
}
