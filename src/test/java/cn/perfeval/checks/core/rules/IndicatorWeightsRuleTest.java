package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.d;
import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Documents;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Framework;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorWeightsRuleTest {

    private final IndicatorWeightsRule rule = new IndicatorWeightsRule();

    private static Indicator weighted(String level1, String name, String weight) {
        return new Indicator(level1, null, name, "有效", "有效", d(weight), null, null);
    }

    private static Project project(String name, Indicator... indicators) {
        return new Project(name, null, null, null, List.of(indicators));
    }

    @Test
    void weights_of_50_30_and_10_beside_the_execution_rate_have_no_finding() {
        var document = report().kind(ReportKind.PROJECT).projects(project("医疗救助",
                weighted("产出指标", "救助人次", "30"), weighted("产出指标", "救助比例", "20"),
                weighted("效益指标", "就医负担", "30"), weighted("满意度指标", "满意度", "10"))).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void without_a_satisfaction_indicator_its_10_points_may_go_to_output_and_outcome() {
        var document = report().kind(ReportKind.PROJECT).projects(project("医疗救助",
                weighted("产出指标", "救助人次", "55"), weighted("效益指标", "就医负担", "35"))).build();

        assertThat(run(rule, document)).isEmpty();
    }

    @Test
    void weights_adding_up_to_180_are_an_error() {
        var document = report().kind(ReportKind.PROJECT).projects(project("医疗照顾",
                weighted("产出指标", "补助人数", "100"), weighted("效益指标", "保障水平", "60"),
                weighted("满意度指标", "满意度", "20"))).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("indicator.weights", Severity.ERROR, "projects",
                        "医疗照顾", "weight", new BigDecimal("90"), new BigDecimal("180")));
        assertThat(Bundles.zh(findings.getFirst().message()))
                .isEqualTo("项目“医疗照顾”的绩效指标分值合计为180分，而总分100分减去预算执行率10分，各指标分值合计应为90分。");
    }

    @Test
    void first_level_weights_other_than_the_frameworks_are_a_warning() {
        var document = report().kind(ReportKind.PROJECT).projects(project("医疗救助",
                weighted("产出指标", "救助人次", "40"), weighted("效益指标", "就医负担", "40"),
                weighted("满意度指标", "满意度", "10"))).build();

        List<Finding> findings = run(rule, document);

        assertThat(findings).extracting(Finding::severity, Finding::expected, Finding::found).containsExactly(
                tuple(Severity.WARNING, new BigDecimal("50"), new BigDecimal("40")),
                tuple(Severity.WARNING, new BigDecimal("30"), new BigDecimal("40")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("项目“医疗救助”中产出指标的分值合计为40分，按评分框架应为50分。");
    }

    @Test
    void the_report_frameworks_first_level_weights_decide_where_it_states_them() {
        Framework provincial = new Framework("某省项目支出绩效自评指标体系", new BigDecimal("100"),
                List.of(new Framework.Item(List.of("预算执行率"), d("20"), null, null),
                        new Framework.Item(List.of("产出指标"), d("40"), null, null),
                        new Framework.Item(List.of("效益指标"), d("30"), null, null),
                        new Framework.Item(List.of("满意度指标"), d("10"), null, null)),
                List.of(), null, null, null);
        var document = report().kind(ReportKind.PROJECT).projects(project("医疗救助",
                weighted("产出指标", "救助人次", "40"), weighted("效益指标", "就医负担", "30"),
                weighted("满意度指标", "满意度", "10"))).build();

        assertThat(run(rule, document, CheckSettings.DEFAULTS.withFramework(provincial))).isEmpty();
        assertThat(run(rule, document)).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void under_the_decision_process_output_outcome_framework_a_projects_indicators_are_weighed_by_the_national_rule() {
        var settings = CheckSettings.DEFAULTS.withFramework(
                Documents.framework("frameworks/national-project-evaluation-2020.json"));
        var national = report().kind(ReportKind.PROJECT).projects(project("医疗救助",
                weighted("产出指标", "救助人次", "50"), weighted("效益指标", "就医负担", "30"),
                weighted("满意度指标", "满意度", "10"))).build();
        var doubled = report().kind(ReportKind.PROJECT).projects(project("医疗救助",
                weighted("产出指标", "救助人次", "100"), weighted("效益指标", "就医负担", "60"),
                weighted("满意度指标", "满意度", "20"))).build();

        assertThat(run(rule, national, settings)).isEmpty();
        assertThat(run(rule, doubled, settings)).extracting(Finding::severity, Finding::expected, Finding::found)
                .containsExactly(tuple(Severity.ERROR, new BigDecimal("90"), new BigDecimal("180")));
    }

    @Test
    void indicators_without_weights_are_not_judged() {
        assertThat(run(rule, Documents.resource("demo/miyi-2022-transfer-payment.json"))).isEmpty();
    }
}
