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
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetMissingRuleTest {

    private final TargetMissingRule rule = new TargetMissingRule();

    @Test
    void a_declared_indicator_the_report_leaves_out_is_an_error_with_its_approved_target() {
        var document = report().indicators(indicator("资助参保人次数", "≥21575人", "21575人", null, null, null)).build();

        List<Finding> findings = run(rule, document, approved(2,
                declared("产出指标", "数量指标", "资助参保人次数", "≥21575人"),
                declared("产出指标", "质量指标", "住院救助比例", "≥70%")));

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column)
                .containsExactly(tuple("target.missing", Severity.ERROR, "indicators", "住院救助比例", null));
        assertThat(findings.getFirst().declared()).isEqualTo(
                new Finding.Declared("产出指标", "质量指标", "住院救助比例", "≥70%", null, 2));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("批复的绩效目标（第2版批复）中有指标“产出指标 / 质量指标 / "
                + "住院救助比例”（年度指标值≥70%），自评表中没有该指标，请补充填报其完成情况。");
    }

    @Test
    void every_declared_indicator_stated_once_even_written_otherwise_is_no_finding() {
        var document = report().indicators(indicator("资助参保人次数 ", "≥21575人", "21575人", null, null, null),
                indicator("住院救助比例", "≥60%", "65%", null, null, null)).build();

        assertThat(run(rule, document, approved(1,
                declared("产出指标", "数量指标", "资助参保人次数", "≥21575人"),
                declared("产出指标", "数量指标", "住院救助比例", "≥70%")))).isEmpty();
    }

    @Test
    void an_indicator_declared_twice_must_be_stated_twice() {
        var document = report().indicators(indicator("满意度", "≥90%", "95%", null, null, null)).build();

        List<Finding> findings = run(rule, document, approved(1,
                declared("产出指标", "数量指标", "满意度", "≥90%"), declared("产出指标", "数量指标", "满意度", "≥90%")));

        assertThat(findings).extracting(Finding::row).containsExactly("满意度");
    }

    @Test
    void a_project_report_without_the_project_indicator_names_it_after_its_project() {
        var project = new Project("城乡医疗救助", null, null, null, List.of());
        var document = report().kind(ReportKind.PROJECT).projects(project).build();

        List<Finding> findings = run(rule, document, approved(1, declared("产出指标", "时效指标", "办结时限", "10个工作日内")));

        assertThat(findings).extracting(Finding::table, Finding::row).containsExactly(
                tuple("projects", "城乡医疗救助 / 办结时限"));
    }

    @Test
    void without_an_approved_declaration_nothing_is_missing() {
        assertThat(run(rule, report().build())).isEmpty();
    }
}
