package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.indicator;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static cn.perfeval.checks.core.rules.TargetChangedRuleTest.approved;
import static cn.perfeval.checks.core.rules.TargetChangedRuleTest.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument.Indicator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetUndeclaredRuleTest {

    private final TargetUndeclaredRule rule = new TargetUndeclaredRule();

    @Test
    void an_indicator_added_without_declaration_is_a_warning_with_its_stated_target() {
        var document = report().indicators(indicator("资助参保人次数", "≥21575人", "21575人", null, null, null),
                new Indicator("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥85%", "92%", null, null, null)).build();

        List<Finding> findings = run(rule, document, approved(3,
                declared("产出指标", "数量指标", "资助参保人次数", "≥21575人")));

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row)
                .containsExactly(tuple("target.undeclared", Severity.WARNING, "indicators", "参保群众满意度"));
        assertThat(findings.getFirst().declared()).isEqualTo(
                new Finding.Declared("满意度指标", "服务对象满意度指标", "参保群众满意度", null, "≥85%", 3));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("自评表中的指标“满意度指标 / 服务对象满意度指标 / "
                + "参保群众满意度”（年度指标值≥85%）不在批复的绩效目标（第3版批复）中，请核对指标名称是否与批复的一致。");
    }

    @Test
    void an_indicator_moved_to_another_second_level_is_undeclared_there() {
        var document = report().indicators(
                new Indicator("产出指标", "质量指标", "资助参保人次数", "≥21575人", "21575人", null, null, null)).build();

        List<Finding> findings = run(rule, document, approved(1,
                declared("产出指标", "数量指标", "资助参保人次数", "≥21575人")));

        assertThat(findings).extracting(f -> f.declared().level2()).containsExactly("质量指标");
    }

    @Test
    void only_declared_indicators_are_no_finding() {
        var document = report().indicators(indicator("资助参保人次数", "≥21575人", "21575人", null, null, null)).build();

        assertThat(run(rule, document, approved(1, declared("产出指标", "数量指标", "资助参保人次数", "≥21575人")))).isEmpty();
    }

    @Test
    void without_an_approved_declaration_no_indicator_is_undeclared() {
        var document = report().indicators(indicator("资助参保人次数", "≥21575人", "21575人", null, null, null)).build();

        assertThat(run(rule, document)).isEmpty();
    }
}
