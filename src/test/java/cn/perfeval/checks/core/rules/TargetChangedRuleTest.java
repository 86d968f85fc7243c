package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.indicator;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.DeclaredTargets;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetChangedRuleTest {

    private final TargetChangedRule rule = new TargetChangedRule();

    static DeclaredTargets.Indicator declared(String level1, String level2, String name, String target) {
        return new DeclaredTargets.Indicator(level1, level2, name, target, new BigDecimal("10"));
    }

    static CheckSettings approved(int version, DeclaredTargets.Indicator... indicators) {
        return CheckSettings.DEFAULTS.withDeclared(new DeclaredTargets(7L, version, List.of(indicators)));
    }

    @Test
    void a_target_lowered_below_the_approved_one_is_an_error_naming_both_targets_and_the_version() {
        var document = report().indicators(indicator("住院救助比例", "≥60%", "65%", null, null, null)).build();

        List<Finding> findings = run(rule, document, approved(2, declared("产出指标", "数量指标", "住院救助比例", "≥70%")));

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("target.changed", Severity.ERROR, "indicators",
                        "住院救助比例", "target", new BigDecimal("70"), new BigDecimal("60")));
        assertThat(findings.getFirst().declared()).isEqualTo(
                new Finding.Declared("产出指标", "数量指标", "住院救助比例", "≥70%", "≥60%", 2));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("指标“住院救助比例”的年度指标值填报为“≥60%”，"
                + "与批复的绩效目标“≥70%”（第2版批复）不一致。年度指标值应与批复的一致；确需调整的，请先提出绩效目标调整申请。");
        assertThat(Bundles.en(findings.getFirst().message())).contains("\"≥60%\"", "\"≥70%\"", "version 2");
    }

    @Test
    void the_approved_target_written_with_spaces_full_width_signs_or_words_is_no_finding() {
        var document = report().indicators(
                indicator("住院救助比例", " ≥ 70 % ", "75%", null, null, null),
                indicator("资助参保人次数", "≥２１５７５人", "21575人", null, null, null),
                indicator("办结时限", "≤10个工作日", "8个工作日", null, null, null),
                indicator("就医负担", "有效 缓解", "有效缓解", null, null, null)).build();

        assertThat(run(rule, document, approved(1,
                declared("产出指标", "数量指标", "住院救助比例", "≥70%"),
                declared("产出指标", "数量指标", "资助参保人次数", "≥21575人"),
                declared("产出指标", "数量指标", "办结时限", "10个工作日内"),
                declared("产出指标", "数量指标", "就医负担", "有效缓解")))).isEmpty();
    }

    @Test
    void another_comparator_unit_or_wording_is_a_change_and_a_text_change_carries_no_numbers() {
        var document = report().indicators(
                indicator("住院救助比例", "70%", "70%", null, null, null),
                indicator("资助参保人次数", "≥21575人次", "21575人次", null, null, null),
                indicator("就医负担", "有所缓解", "有所缓解", null, null, null)).build();

        List<Finding> findings = run(rule, document, approved(1,
                declared("产出指标", "数量指标", "住院救助比例", "≥70%"),
                declared("产出指标", "数量指标", "资助参保人次数", "≥21575人"),
                declared("产出指标", "数量指标", "就医负担", "有效缓解")));

        assertThat(findings).extracting(Finding::row, Finding::expected, Finding::found).containsExactly(
                tuple("住院救助比例", new BigDecimal("70"), new BigDecimal("70")),
                tuple("资助参保人次数", new BigDecimal("21575"), new BigDecimal("21575")),
                tuple("就医负担", null, null));
        assertThat(findings).extracting(f -> f.declared().statedTarget()).containsExactly("70%", "≥21575人次", "有所缓解");
    }

    @Test
    void a_blank_target_is_a_change_asking_for_the_approved_one() {
        var document = report().indicators(indicator("住院救助比例", "  ", "65%", null, null, null)).build();

        List<Finding> findings = run(rule, document, approved(1, declared("产出指标", "数量指标", "住院救助比例", "≥70%")));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(Bundles.zh(f.message())).isEqualTo("指标“住院救助比例”未填写年度指标值，批复的绩效目标为“≥70%”（第1版批复），请按批复的填写。");
        });
    }

    @Test
    void indicators_match_by_both_levels_and_name_ignoring_spaces_and_full_width_forms() {
        var document = report().indicators(
                new Indicator(" 产出指标 ", "数量指标", "资助参保人次数（ＡＢ类）", "≥21575人", "21575人", null, null, null),
                new Indicator("效益指标", "社会效益指标", "资助参保人次数（ＡＢ类）", "≥100人", "120人", null, null, null))
                .build();

        List<Finding> findings = run(rule, document, approved(1,
                declared("产出指标", "数量指标", "资助参保人次数(AB类)", "≥21575人"),
                declared("效益指标", "社会效益指标", "资助参保人次数(AB类)", "≥200人")));

        assertThat(findings).extracting(f -> f.declared().level1(), f -> f.declared().approvedTarget())
                .containsExactly(tuple("效益指标", "≥200人"));
    }

    @Test
    void a_project_report_is_compared_by_its_project_indicators() {
        var project = new Project("城乡医疗救助", null, null, null,
                List.of(indicator("办结时限", "15个工作日内", "12个工作日", null, null, null)));
        ReportDocument document = report().kind(ReportKind.TRANSFER_PAYMENT).projects(project)
                .indicators(indicator("办结时限", "10个工作日内", "12个工作日", null, null, null)).build();

        List<Finding> findings = run(rule, document, approved(3, declared("产出指标", "数量指标", "办结时限", "10个工作日内")));

        assertThat(findings).extracting(Finding::table, Finding::row, Finding::expected, Finding::found).containsExactly(
                tuple("projects", "城乡医疗救助 / 办结时限", new BigDecimal("10"), new BigDecimal("15")));
    }

    @Test
    void without_an_approved_declaration_nothing_is_compared() {
        var document = report().indicators(indicator("住院救助比例", "≥60%", "65%", null, null, null)).build();

        assertThat(run(rule, document)).isEmpty();
    }
}
