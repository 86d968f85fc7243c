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

class ScoringItemRangeRuleTest {

    private final ScoringItemRangeRule rule = new ScoringItemRangeRule();

    @Test
    void scores_between_zero_and_their_maximum_have_no_finding() {
        assertThat(run(rule, report().scoring(table("40", "0", "9.5", "10", "10", "59.5", "差")).build())).isEmpty();
    }

    @Test
    void a_score_above_its_maximum_or_below_zero_is_an_error() {
        List<Finding> findings = run(rule, report().scoring(table("38", "-1", "12", "10", "0", "59", "差")).build());

        assertThat(findings).extracting(Finding::rule, Finding::row, Finding::column, Finding::expected, Finding::found)
                .containsExactly(
                        tuple("scoring.item-range", "专项预算项目绩效管理", "selfScore", BigDecimal.ZERO, new BigDecimal("-1")),
                        tuple("scoring.item-range", "绩效结果应用 / 内部应用 / 预算挂钩", "selfScore", new BigDecimal("10"),
                                new BigDecimal("12")));
        assertThat(Bundles.zh(findings.get(1).message()))
                .isEqualTo("指标“绩效结果应用 / 内部应用 / 预算挂钩”的自评分为12分，超过该指标的分值10分。");
    }

    @Test
    void a_deduction_above_its_maximum_is_an_error() {
        List<Finding> findings = run(rule, report().scoring(table("38", "39", "10", "10", "10.5", "86.5", "良")).build());

        assertThat(findings).extracting(Finding::row, Finding::column, Finding::expected, Finding::found).containsExactly(
                tuple("被评价单位配合评价工作情况", "points", new BigDecimal("10"), new BigDecimal("10.5")));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("扣分项“被评价单位配合评价工作情况”的扣分为10.5分，超过该项最多可扣的10分。");
    }
}
