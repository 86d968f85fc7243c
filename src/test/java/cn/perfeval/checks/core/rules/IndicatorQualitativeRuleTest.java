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

class IndicatorQualitativeRuleTest {

    private final IndicatorQualitativeRule rule = new IndicatorQualitativeRule();

    @Test
    void a_qualitative_indicator_achieved_as_set_and_scored_in_the_achieved_band_has_no_finding() {
        var document = report().indicators(indicator("看病就医方便程度", "明显提高", "明显提高", "10", "8", null),
                indicator("医疗费用负担", "有效缓解", "部分缓解", "10", "6", null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_qualitative_indicator_achieved_as_set_but_scored_below_the_band_is_a_warning() {
        var document = report().indicators(indicator("看病就医方便程度", "明显提高", "明显提高", "10", "7.5", null)).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("indicator.qualitative", Severity.WARNING,
                        "indicators", "看病就医方便程度", "score", new BigDecimal("8.00"), new BigDecimal("7.5")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("定性指标“看病就医方便程度”的全年完成值“明显提高”与年度指标值一致，"
                + "属于“达成”档，按评分框架应得8至10分，填报得分为7.5分，请核对。");
    }

    @Test
    void an_actual_naming_its_band_and_scored_within_it_has_no_finding() {
        var document = report().indicators(indicator("制度建设", "建立健全", "部分完成", "10", "7", null),
                indicator("宣传覆盖", "全面覆盖", "未达成", "10", "5", null),
                indicator("工作机制", "建立", "已完成", "10", "9", null),
                indicator("按时办结", "及时", "未按时完成", "10", "9", null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void an_actual_naming_a_band_but_scored_outside_it_is_a_warning_naming_the_bound_crossed() {
        var document = report().indicators(indicator("制度建设", "建立健全", "部分完成", "10", "9", null),
                indicator("宣传覆盖", "全面覆盖", "未达成", "10", "7", null),
                indicator("工作机制", "建立", "已完成", "10", "5", null)).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(
                        tuple("indicator.qualitative", Severity.WARNING, "制度建设", "score", new BigDecimal("8.00"),
                                new BigDecimal("9")),
                        tuple("indicator.qualitative", Severity.WARNING, "宣传覆盖", "score", new BigDecimal("6.00"),
                                new BigDecimal("7")),
                        tuple("indicator.qualitative", Severity.WARNING, "工作机制", "score", new BigDecimal("8.00"),
                                new BigDecimal("5")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("定性指标“制度建设”的全年完成值为“部分完成”，"
                + "属于“部分达成”档，按评分框架应得6至8分，填报得分为9分，请核对。");
    }
}
