package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static cn.perfeval.checks.core.rules.ScoringTables.item;
import static cn.perfeval.checks.core.rules.ScoringTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.report.ReportDocument.Scoring;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringMaxTotalRuleTest {

    private final ScoringMaxTotalRule rule = new ScoringMaxTotalRule();

    @Test
    void maxima_that_add_up_to_100_have_no_finding() {
        assertThat(run(rule, report().scoring(table("38", "39", "10", "10", "0", "97", "优")).build())).isEmpty();
    }

    @Test
    void maxima_that_do_not_add_up_to_the_framework_total_are_an_error() {
        var scoring = new Scoring(null, List.of(item("40", "38", "部门预算项目绩效管理"), item("45", "39", "专项预算项目绩效管理"),
                item("10", "10", "自评质量")), List.of(), null, null);

        List<Finding> findings = run(rule, report().scoring(scoring).build());

        assertThat(findings).extracting(Finding::rule, Finding::table, Finding::column, Finding::expected, Finding::found)
                .containsExactly(tuple("scoring.max-total", "scoring", "maxPoints", new BigDecimal("100"),
                        new BigDecimal("95")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("各指标的分值合计为95分，而指标体系总分应为100分，请核对各指标分值。");
        assertThat(run(rule, report().scoring(scoring).build(),
                new CheckSettings(new BigDecimal("0.3"), new BigDecimal("0.9"), new BigDecimal("95")))).isEmpty();
    }

    @Test
    void an_item_without_a_maximum_leaves_the_sum_unknown() {
        var scoring = new Scoring(null, List.of(item("40", "38", "部门预算项目绩效管理"), item(null, "39", "专项预算项目绩效管理")),
                List.of(), null, null);

        assertThat(run(rule, report().scoring(scoring).build())).isEmpty();
    }
}
