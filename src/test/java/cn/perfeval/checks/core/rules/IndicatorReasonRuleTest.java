package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.indicator;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument.Project;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorReasonRuleTest {

    private final IndicatorReasonRule rule = new IndicatorReasonRule();

    @Test
    void met_targets_missed_ones_with_a_reason_and_qualitative_ones_have_no_finding() {
        var document = report().indicators(
                indicator("资助参保人次数", "≥21575人", "21575人", null, null, null),
                indicator("住院救助比例", "≥70%", "65%", null, null, "部分对象年底前未结算，次年一季度补齐。"),
                indicator("困难群众看病就医方便程度", "明显提高", "有所提高", null, null, null),
                indicator("资助参保人次数（文字）", "≥21575人", "全额资助困难居民参保人员共21000人", null, null, null),
                indicator("医疗救助对象人次规模", "≥31811人", "31811人次", null, null, null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void a_missed_quantitative_target_without_a_reason_is_an_error() {
        var document = report().indicators(indicator("住院救助比例", "≥70%", "65%", null, null, "  ")).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("indicator.reason", Severity.ERROR, "indicators",
                        "住院救助比例", "deviationReason", new BigDecimal("70"), new BigDecimal("65")));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("指标“住院救助比例”年度指标值为≥70%，全年完成值为65%，未完成目标，请填写未完成原因和改进措施。");
    }

    @Test
    void a_project_indicator_is_named_by_its_project_and_its_own_name() {
        var project = new Project("城乡医疗救助补助资金", null, null, null,
                List.of(indicator("办结时限", "10个工作日内", "12个工作日", null, null, null)));

        List<Finding> findings = run(rule, report().projects(project).build());

        assertThat(findings).extracting(Finding::table, Finding::row).containsExactly(
                tuple("projects", "城乡医疗救助补助资金 / 办结时限"));
        assertThat(Bundles.zh(findings.getFirst().message())).contains("指标“办结时限”年度指标值为10个工作日内，全年完成值为12个工作日");
    }
}
