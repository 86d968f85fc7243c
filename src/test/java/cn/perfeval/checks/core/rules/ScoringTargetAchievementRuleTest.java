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
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 目标实现 of the Sichuan county department framework: the share of 数量指标 met, none more than 30% above its target. */
class ScoringTargetAchievementRuleTest {

    private static final Framework SICHUAN = Documents.framework("frameworks/sichuan-county-department.json");
    private static final CheckSettings SETTINGS = CheckSettings.DEFAULTS.withFramework(SICHUAN);
    private static final List<String> TARGET = List.of("部门预算项目绩效管理", "目标管理", "目标实现");

    private final ScoringTargetAchievementRule rule = new ScoringTargetAchievementRule();

    private static Indicator quantity(String name, String target, String actual) {
        return new Indicator("产出指标", "数量指标", name, target, actual, null, null, null);
    }

    private static ReportDocument department(String selfScore, Indicator... indicators) {
        Scoring scoring = new Scoring(SICHUAN.name(), List.of(new ScoringItem(TARGET, d("10"), d(selfScore), null, null)),
                List.of(), null, null);
        return report().indicators(indicators).scoring(scoring).build();
    }

    @Test
    void the_sichuan_template_scores_target_achievement_by_its_quantity_indicators_up_to_30_percent_above() {
        Framework.Item item = SICHUAN.items().stream().filter(i -> i.path().equals(TARGET)).findFirst().orElseThrow();

        assertThat(item.targetAchievement()).isEqualTo(new Framework.TargetAchievement("数量指标", new BigDecimal("0.30")));
    }

    @Test
    void a_self_score_matching_the_share_of_indicators_met_within_30_percent_has_no_finding() {
        var document = department("5", quantity("资助参保人次", "≥21575人", "21575人"),
                quantity("住院救助人次", "≥7881人次", "10245人次"), quantity("宣传场次", "≥10场", "14场"),
                quantity("慰问人数", "≥100人", "90人"));

        assertThat(run(rule, document, SETTINGS)).isEmpty();
        assertThat(run(rule, department("10", quantity("资助参保人次", "≥21575人", "21575人")), SETTINGS)).isEmpty();
    }

    @Test
    void full_points_while_an_indicator_is_far_above_its_target_and_another_missed_is_a_warning() {
        var document = department("10", quantity("资助参保人次", "≥21575人", "21575人"),
                quantity("住院救助人次", "≥7881人次", "8000人次"), quantity("宣传场次", "≥10场", "14场"),
                quantity("慰问人数", "≥100人", "90人"));

        List<Finding> findings = run(rule, document, SETTINGS);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column,
                Finding::expected, Finding::found).containsExactly(tuple("scoring.target-achievement", Severity.WARNING,
                        "scoring", "部门预算项目绩效管理 / 目标管理 / 目标实现", "selfScore", new BigDecimal("5.00"),
                        new BigDecimal("10")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("评分项“部门预算项目绩效管理 / 目标管理 / 目标实现”自评10分；"
                + "按评分框架，报告中数量指标共4个，达到指标值且超出不多于30%的2个（超出30%以上、不计分的1个），应得10×2/4=5分，请核对。");
    }

    @Test
    void without_comparable_indicators_or_under_another_framework_nothing_is_judged() {
        var unparsable = department("10", quantity("资助参保人次", "≥21575人", "全额资助困难居民参保"),
                quantity("培训人次", "≥200人次", "400人次"));
        var farAbove = department("10", quantity("培训人次", "≥200人次", "400人次"));

        assertThat(run(rule, unparsable, SETTINGS)).isEmpty();
        assertThat(run(rule, farAbove)).isEmpty();
        assertThat(run(rule, farAbove, SETTINGS)).extracting(Finding::expected).containsExactly(new BigDecimal("0.00"));
    }
}
