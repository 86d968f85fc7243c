package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.indicator;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorScoreRuleTest {

    private final IndicatorScoreRule rule = new IndicatorScoreRule();

    @Test
    void scores_within_the_weight_and_by_the_national_rule_have_no_finding() {
        var document = report().indicators(
                indicator("资助参保人次数", "≥21575人", "21575人", "10", "10", null),
                indicator("住院救助比例", "≥70%", "63%", "10", "9", "原因"),
                indicator("办结时限", "10个工作日内", "12个工作日", "5", "4.17", "原因"),
                indicator("困难群众看病就医方便程度", "明显提高", "有所提高", "10", "7", null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_score_above_the_weight_or_negative_is_an_error() {
        var document = report().indicators(
                indicator("困难群众看病就医方便程度", "明显提高", "明显提高", "10", "12", null),
                indicator("救助对象满意度", "≥95%", "98%", "10", "-1", null)).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(
                        tuple("indicator.score", Severity.ERROR, "困难群众看病就医方便程度", "score", new BigDecimal("10"),
                                new BigDecimal("12")),
                        tuple("indicator.score", Severity.ERROR, "救助对象满意度", "score", BigDecimal.ZERO,
                                new BigDecimal("-1")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("指标“困难群众看病就医方便程度”的得分为12分，超过该指标的分值10分。");
    }

    @Test
    void a_quantitative_score_other_than_the_national_rule_is_a_warning() {
        var document = report().indicators(indicator("住院救助比例", "≥70%", "63%", "10", "10", "原因")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::severity, Finding::expected, Finding::found)
                .containsExactly(tuple(Severity.WARNING, new BigDecimal("9.00"), new BigDecimal("10")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("指标“住院救助比例”年度指标值为≥70%，全年完成值为63%，"
                + "分值10分，按完成比例应得9分，填报得分为10分，请核对。");
    }

    @Test
    void a_ceiling_target_met_by_an_actual_below_it_earns_the_full_weight() {
        var document = report().indicators(indicator("结余率", "≤5%", "3%", "5", "5", null),
                indicator("投诉件数", "≤10件", "12件", "10", "8.33", "原因")).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_ceiling_target_scored_as_a_level_to_reach_or_missed_with_full_points_is_a_warning() {
        var document = report().indicators(indicator("结余率", "≤5%", "3%", "5", "3", null),
                indicator("投诉件数", "≤10件", "16件", "10", "10", "原因")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(
                        tuple("indicator.score", Severity.WARNING, "结余率", "score", new BigDecimal("5"),
                                new BigDecimal("3")),
                        tuple("indicator.score", Severity.WARNING, "投诉件数", "score", new BigDecimal("6.25"),
                                new BigDecimal("10")));
        assertThat(Bundles.zh(findings.get(1).message())).isEqualTo("指标“投诉件数”年度指标值为≤10件，全年完成值为16件，"
                + "分值10分，按完成比例应得6.25分，填报得分为10分，请核对。");
    }
}
