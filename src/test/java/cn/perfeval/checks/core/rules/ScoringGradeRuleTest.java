package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.Documents.report;
import static cn.perfeval.checks.core.rules.RuleTesting.run;
import static cn.perfeval.checks.core.rules.ScoringTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.checks.core.Bundles;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Framework;
import cn.perfeval.report.ReportDocument.Scoring;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringGradeRuleTest {

    private final ScoringGradeRule rule = new ScoringGradeRule();

    @Test
    void a_grade_that_follows_the_national_bands_has_no_finding() {
        assertThat(run(rule, report().scoring(table("40", "40", "10", "0", "0", "90", "优")).build())).isEmpty();
        assertThat(run(rule, report().scoring(table("39", "40", "10", "0.99", "0", "89.99", "良")).build())).isEmpty();
        assertThat(run(rule, report().scoring(table("30", "30", "0", "0", "0", "60", "中")).build())).isEmpty();
        assertThat(run(rule, report().scoring(table("30", "30", "0", "0", "1", "59", "差")).build())).isEmpty();
    }

    @Test
    void a_grade_above_the_band_of_the_recomputed_total_is_an_error() {
        // stated total 90, but the scores less the deduction make 89
        List<Finding> findings = run(rule, report().scoring(table("40", "40", "10", "0", "1", "90", "优")).build());

        assertThat(findings).extracting(Finding::rule, Finding::table, Finding::column, Finding::expected, Finding::found)
                .containsExactly(tuple("scoring.grade", "scoring", "grade", new BigDecimal("90"), new BigDecimal("89")));
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo("评价等级填为“优”，但总分89分对应的等级应为“良”"
                + "（90分及以上为优，80分至90分以下为良，60分至80分以下为中，60分以下为差）。");
    }

    @Test
    void a_grade_below_the_band_of_the_total_names_the_minimum_the_total_reaches() {
        // 95 points earn 优: the stated 良 stops below 90
        List<Finding> findings = run(rule, report().scoring(table("40", "40", "10", "5", "0", "95", "良")).build());

        assertThat(findings).extracting(Finding::expected, Finding::found)
                .containsExactly(tuple(new BigDecimal("90"), new BigDecimal("95")));
    }

    @Test
    void without_a_scoring_table_the_stated_total_is_graded() {
        var stated = new Scoring("2020年部门整体支出绩效自评指标体系", List.of(), List.of(),
                new BigDecimal("75"), "优");

        assertThat(run(rule, report().scoring(stated).build())).extracting(Finding::expected, Finding::found)
                .containsExactly(tuple(new BigDecimal("90"), new BigDecimal("75")));
        var right = new Scoring("2020年部门整体支出绩效自评指标体系", List.of(), List.of(),
                new BigDecimal("75"), "中");
        assertThat(run(rule, report().scoring(right).build())).isEmpty();
    }

    @Test
    void a_framework_with_its_own_grade_labels_judges_the_grade_by_them() {
        CheckSettings provincial = CheckSettings.DEFAULTS.withFramework(new Framework("某省项目支出绩效评价指标体系",
                new BigDecimal("100"), List.of(), List.of(), List.of(new Framework.GradeBand("一等", new BigDecimal("90")),
                        new Framework.GradeBand("二等", new BigDecimal("80")),
                        new Framework.GradeBand("三等", new BigDecimal("60")),
                        new Framework.GradeBand("四等", BigDecimal.ZERO)), List.of(), null));

        assertThat(run(rule, report().scoring(table("40", "40", "10", "0", "0", "90", "一等")).build(), provincial))
                .isEmpty();
        List<Finding> findings = run(rule, report().scoring(table("40", "40", "10", "0", "0", "90", "优")).build(),
                provincial);
        assertThat(findings).singleElement().extracting(Finding::rule).isEqualTo("scoring.grade");
        assertThat(Bundles.zh(findings.getFirst().message())).isEqualTo(
                "评价等级填为“优”，但总分90分按本评分框架的等级划分应为“一等”。");
    }

    @Test
    void without_a_stated_grade_or_a_known_total_nothing_is_judged() {
        assertThat(run(rule, report().scoring(table("40", "40", "10", "0", "1", "90", null)).build())).isEmpty();
        assertThat(run(rule, report().scoring(table("40", null, "10", "0", "1", "90", "优")).build())).isEmpty();
    }
}
