package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.d;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument.Scoring;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTotalRangeRuleTest {

    private final ScoringTotalRangeRule rule = new ScoringTotalRangeRule();

    @Test
    void a_total_within_the_frameworks_points_has_no_finding() {
        assertThat(run(rule, report().scoring(new Scoring(null, List.of(), List.of(), d("99"), "优")).build())).isEmpty();
        assertThat(run(rule, report().scoring(new Scoring(null, List.of(), List.of(), d("100"), "优")).build())).isEmpty();
    }

    @Test
    void a_total_of_188_78_out_of_100_is_an_error() {
        List<Finding> findings = run(rule, report().scoring(new Scoring(null, List.of(), List.of(), d("188.78"), "优"))
                .build());

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("scoring.total-range", Severity.ERROR, "scoring",
                        "total", new BigDecimal("100"), new BigDecimal("188.78")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("填报的自评总分为188.78分，超过指标体系总分100分。");
    }

    @Test
    void a_negative_total_is_an_error() {
        assertThat(run(rule, report().scoring(new Scoring(null, List.of(), List.of(), d("-1"), "差")).build()))
                .extracting(Finding::expected, Finding::found).containsExactly(tuple(BigDecimal.ZERO, new BigDecimal("-1")));
    }
}
