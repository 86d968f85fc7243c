package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.indicator;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IndicatorPlaceholderRuleTest {

    private final IndicatorPlaceholderRule rule = new IndicatorPlaceholderRule();

    @Test
    void indicators_with_their_own_names_have_no_finding_even_when_a_name_holds_brackets() {
        var document = report().indicators(
                indicator("资助参保人次数", "≥21575人", "21575人", null, null, null),
                indicator("（1）住院救助比例", "≥70%", "72%", null, null, null),
                indicator("群众满意度（请填写说明的调查）", "≥90%", "95%", null, null, null)).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void an_indicator_still_named_by_the_templates_placeholder_is_an_error_naming_its_levels() {
        var document = report().indicators(
                indicator("资助参保人次数", "≥21575人", "21575人", null, null, null),
                new Indicator("效益指标", "社会效益指标", " （请填写三级指标名称） ", null, null, null, null, null)).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::column)
                .containsExactly(tuple("indicator.placeholder", Severity.ERROR, "indicators", "name"));
        assertThat(findings.getFirst().blocks()).isTrue();
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("效益指标 / 社会效益指标下的指标名称仍是模板的占位文字“（请填写三级指标名称）”，请填写实际的三级指标名称后再提交。");
        assertThat(Bundles.en(findings.getFirst().message())).contains("效益指标 / 社会效益指标",
                "the template's placeholder");
    }

    @Test
    void a_project_indicator_with_the_english_placeholder_or_another_fill_in_instruction_is_an_error_naming_its_project() {
        var project = new Project("乡村道路养护", null, null, null, List.of(
                new Indicator("产出指标", "质量指标", "(name of the third-level indicator)", null, null, null, null, null),
                new Indicator("产出指标", "时效指标", "（请输入指标名称）", null, null, null, null, null),
                indicator("道路完好率", "≥90%", "92%", null, null, null)));

        List<Finding> findings = run(rule, report().projects(project).build());

        assertThat(findings).extracting(Finding::table, Finding::row).containsExactly(
                tuple("projects", "乡村道路养护 / (name of the third-level indicator)"),
                tuple("projects", "乡村道路养护 / （请输入指标名称）"));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .startsWith("项目“乡村道路养护”中产出指标 / 质量指标下的指标名称仍是模板的占位文字");
    }

    @Test
    void the_placeholder_a_template_gives_in_either_language_is_recognised() throws IOException {
        for (String bundle : List.of("vaadin-i18n/translations.properties", "vaadin-i18n/translations_en.properties")) {
            String placeholder = load(bundle).getProperty("start.template.indicator-name");
            assertThat(placeholder).as(bundle).isNotBlank();
            assertThat(IndicatorPlaceholderRule.isPlaceholder(placeholder)).as(placeholder).isTrue();
        }
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IndicatorPlaceholderRuleTest.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
