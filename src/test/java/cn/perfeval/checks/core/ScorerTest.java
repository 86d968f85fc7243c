package cn.perfeval.checks.core;

import static cn.perfeval.checks.core.Documents.d;
import static cn.perfeval.checks.core.Documents.indicator;
import static cn.perfeval.checks.core.Documents.report;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument.Deduction;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    private static final Framework NATIONAL = Documents.framework("frameworks/national-project-default.json");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, 优", "90, 优", "89.99, 良", "80, 良", "79.5, 中", "60, 中", "59.99, 差", "0, 差", "-3, 差"})
    void a_total_is_graded_by_the_frameworks_bands(String total, String grade) {
        assertThat(Scorer.grade(new BigDecimal(total), NATIONAL)).isEqualTo(grade);
    }

    @Test
    void grade_labels_belong_to_the_framework() {
        var framework = new Framework("四等", BigDecimal.TEN, List.of(), List.of(),
                List.of(new Framework.GradeBand("二等", d("80")), new Framework.GradeBand("四等", d("0")),
                        new Framework.GradeBand("一等", d("90")), new Framework.GradeBand("三等", d("60"))),
                List.of(), Framework.LessThanRule.TARGET_OVER_ACTUAL);

        assertThat(Scorer.grade(d("85"), framework)).isEqualTo("二等");
        assertThat(Scorer.grade(d("95"), framework)).isEqualTo("一等");
    }

    @Test
    void a_scoring_table_scores_the_self_scores_less_the_deductions() {
        var scoring = new Scoring(null, List.of(new ScoringItem(List.of("a"), d("60"), d("55.5"), null, null),
                new ScoringItem(List.of("b"), d("40"), d("35"), null, null)),
                List.of(new Deduction("被评价单位配合评价工作情况", d("10"), d("1.5"))), null, null);

        Score score = Scorer.score(report().scoring(scoring).build(), NATIONAL).orElseThrow();

        assertThat(score.total()).isEqualByComparingTo("89");
        assertThat(score.grade()).isEqualTo("良");
    }

    @Test
    void a_scoring_table_with_an_unscored_item_has_no_score() {
        var scoring = new Scoring(null, List.of(new ScoringItem(List.of("a"), d("60"), null, null, null)), null, null,
                null);

        assertThat(Scorer.score(report().scoring(scoring).build(), NATIONAL)).isEmpty();
        var project = new Project("p", new Funds(d("1"), null), new Funds(d("1"), null), null,
                List.of(indicator("x", "≥70%", "80%", "90", null, null)));
        assertThat(Scorer.score(report().kind(ReportKind.PROJECT).projects(project).build(), NATIONAL)).isPresent();
        assertThat(Scorer.score(report().kind(ReportKind.PROJECT).projects(project).scoring(scoring).build(), NATIONAL))
                .as("the report's own scoring table decides").isEmpty();
    }

    @Test
    void a_met_quantitative_target_gets_the_full_weight_and_a_missed_one_the_share_achieved() {
        assertThat(score("≥21575人", "21575人", "10")).isEqualByComparingTo("10");
        assertThat(score("100%", "100%", "10")).isEqualByComparingTo("10");
        assertThat(score("≥70%", "63%", "10")).isEqualByComparingTo("9.00");
        assertThat(score("≥95%", "90%", "10")).isEqualByComparingTo("9.47");
        assertThat(score("10个工作日内", "12个工作日", "5")).isEqualByComparingTo("4.17");
        assertThat(score("≥100户", "0户", "5")).isEqualByComparingTo("0");
        assertThat(score("≥70%", "98%", "10")).isEqualByComparingTo("10");
        assertThat(Scorer.quantitativeScore(indicator("x", "明显提高", "明显提高", "10", null, null),
                Framework.LessThanRule.TARGET_OVER_ACTUAL)).isEmpty();
        assertThat(Scorer.quantitativeScore(indicator("x", "≥70%", "80%", null, null, null),
                Framework.LessThanRule.TARGET_OVER_ACTUAL)).isEmpty();
    }

    private static BigDecimal score(String target, String actual, String weight) {
        return Scorer.quantitativeScore(indicator("x", target, actual, weight, null, null),
                Framework.LessThanRule.TARGET_OVER_ACTUAL).orElseThrow();
    }

    @Test
    void a_qualitative_indicator_may_score_within_the_bands_of_its_weight() {
        List<ScoreRange> ranges = Scorer.qualitativeRanges(d("10"), NATIONAL);

        assertThat(ranges).extracting(ScoreRange::label).containsExactly("达成", "部分达成", "未达成");
        assertThat(ranges.getFirst().min()).isEqualByComparingTo("8");
        assertThat(ranges.getFirst().max()).isEqualByComparingTo("10");
        assertThat(Scorer.qualitativeRange(d("10"), NATIONAL, "部分达成")).hasValueSatisfying(r -> {
            assertThat(r.min()).isEqualByComparingTo("6");
            assertThat(r.max()).isEqualByComparingTo("8");
        });
        assertThat(Scorer.qualitativeBand(d("7"), d("10"), NATIONAL)).map(ScoreRange::label).contains("部分达成");
        assertThat(Scorer.qualitativeBand(d("8"), d("10"), NATIONAL)).map(ScoreRange::label).contains("达成");
        assertThat(Scorer.qualitativeBand(d("0"), d("10"), NATIONAL)).map(ScoreRange::label).contains("未达成");
        assertThat(Scorer.qualitativeBand(d("10.5"), d("10"), NATIONAL)).isEmpty();
    }

    @Test
    void a_project_report_scores_the_execution_rate_and_its_indicators_by_the_national_rule() {
        List<Indicator> indicators = List.of(
                indicator("资助参保人次数", "≥21575人", "21575人", "20", null, null),
                indicator("住院救助比例", "≥70%", "63%", "30", "30", "原因"),
                indicator("看病就医方便程度", "明显提高", "明显提高", "30", "27", null),
                indicator("救助对象满意度", "≥95%", "98%", "10", "10", null));
        var project = new Project("城乡医疗救助", new Funds(d("756.03"), d("390.78")), new Funds(d("683.18"), d("395.53")),
                null, indicators);
        var document = report().kind(ReportKind.TRANSFER_PAYMENT).unit(MoneyUnit.WAN_YUAN).projects(project).build();

        Score score = Scorer.score(document, NATIONAL).orElseThrow();

        // execution 1078.71 / 1146.81 = 94.06% of 10 = 9.41; 20 + 27.00 (30 × 63/70) + 27 + 10
        assertThat(score.total()).isEqualByComparingTo("93.41");
        assertThat(score.grade()).isEqualTo("优");
    }

    @Test
    void execution_counts_at_most_its_points_and_only_the_funds_both_sides_state() {
        var over = new Project("p", new Funds(d("100"), null), new Funds(d("120"), d("5")), null, null);
        var fiscalOnly = new Project("p", new Funds(d("100"), d("50")), new Funds(d("80"), null), null, null);
        var none = new Project("p", new Funds(null, d("50")), new Funds(d("80"), null), null, null);

        assertThat(Scorer.executionPoints(over, d("10"))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("10"));
        assertThat(Scorer.executionPoints(fiscalOnly, d("10"))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("8"));
        assertThat(Scorer.executionPoints(none, d("10"))).isEmpty();
    }

    @Test
    void a_project_report_without_weighted_indicators_or_execution_has_no_score() {
        var unweighted = new Project("p", new Funds(d("1"), d("1")), new Funds(d("1"), d("1")), null,
                List.of(indicator("x", "≥70%", "80%", null, null, null)));
        var unexecuted = new Project("p", null, null, null, List.of(indicator("x", "≥70%", "80%", "10", null, null)));
        var unscoredQualitative = new Project("p", new Funds(d("1"), d("1")), new Funds(d("1"), d("1")), null,
                List.of(indicator("x", "有效", "有效", "10", null, null)));

        assertThat(Scorer.score(report().kind(ReportKind.PROJECT).projects(unweighted).build(), NATIONAL)).isEmpty();
        assertThat(Scorer.score(report().kind(ReportKind.PROJECT).projects(unexecuted).build(), NATIONAL)).isEmpty();
        assertThat(Scorer.score(report().kind(ReportKind.PROJECT).projects(unscoredQualitative).build(), NATIONAL))
                .isEmpty();
        assertThat(Scorer.score(report().projects(unexecuted).build(), NATIONAL)).isEmpty();
    }
}
