package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.indicator;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorOverTargetRuleTest {

    private final IndicatorOverTargetRule rule = new IndicatorOverTargetRule();

    @Test
    void an_actual_up_to_the_threshold_above_its_target_or_below_a_ceiling_has_no_finding() {
        var document = report().indicators(
                indicator("救助比例", "≥70%", "91%", null, null, null),
                indicator("救助人次", "1000人次", "1300人次", null, null, null),
                indicator("办结时限", "10个工作日内", "2个工作日", null, null, null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void an_actual_more_than_30_percent_above_its_target_is_a_warning() {
        var document = report().indicators(indicator("救助人次", "1000人次", "1300.01人次", null, null, null)).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("indicator.over-target", Severity.WARNING,
                        "indicators", "救助人次", "actual", new BigDecimal("1000"), new BigDecimal("1300.01")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("指标“救助人次”年度指标值为1000人次，全年完成值为"
                + "1300.01人次，超出目标30.00%（超过30%），请说明目标是否定得过低。");
    }

    @Test
    void the_threshold_comes_from_the_settings() {
        var document = report().indicators(indicator("救助比例", "≥70%", "80%", null, null, null)).build();

        assertThat(run(rule, document, new CheckSettings(new BigDecimal("0.10"), new BigDecimal("0.90"))))
                .extracting(Finding::found).containsExactly(new BigDecimal("80"));
        assertThat(run(rule, document, CheckSettings.DEFAULTS)).isEmpty();
    }
}
