package cn.perfeval.checks.core;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scoring framework (绩效评价指标体系) as data: its indicator tree with points, its deduction
 * items, its grade labels and its scoring rules. Loaded and edited by administrators, never code.
 *
 * @param name e.g. 县级部门整体支出绩效评价指标体系
 * @param totalPoints the points the items' maxima add up to (100)
 * @param items the indicator tree, each leaf with its place ({@code path}, first level first) and max points
 * @param deductions the deduction items (扣分项) with their max points
 * @param grades grade labels by lower bound, highest first (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 ≥ 0)
 * @param qualitativeBands the bands of a qualitative indicator, best first, as shares of its points
 * @param lessThanRule how a missed "≤" target is scored: {@code TARGET_OVER_ACTUAL} (points × target / actual)
 * @param key a stable ASCII key ({@code national-project-2020}) that settings and documents may name instead of
 *        the Chinese name; {@code null} where the framework has none
 * @param source where its indicators and points come from (the published document), and what it does not set;
 *        {@code null} where not stated
 * @param indicatorLevels the first and second levels of the performance indicators (绩效指标) a report scored by
 *        this framework sets, e.g. 产出指标 with 数量指标, 质量指标…: the skeleton of a report started from the
 *        framework; {@code null} where the framework names none
 */
public record Framework(String name, BigDecimal totalPoints, List<Item> items, List<Deduction> deductions,
        List<GradeBand> grades, List<QualitativeBand> qualitativeBands, LessThanRule lessThanRule, String key,
        String source, List<IndicatorLevel> indicatorLevels) {

    /** A framework that names no indicator levels. */
    public Framework(String name, BigDecimal totalPoints, List<Item> items, List<Deduction> deductions,
            List<GradeBand> grades, List<QualitativeBand> qualitativeBands, LessThanRule lessThanRule, String key,
            String source) {
        this(name, totalPoints, items, deductions, grades, qualitativeBands, lessThanRule, key, source, null);
    }

    /** A framework without a stated source. */
    public Framework(String name, BigDecimal totalPoints, List<Item> items, List<Deduction> deductions,
            List<GradeBand> grades, List<QualitativeBand> qualitativeBands, LessThanRule lessThanRule, String key) {
        this(name, totalPoints, items, deductions, grades, qualitativeBands, lessThanRule, key, null);
    }

    /** A framework without a key. */
    public Framework(String name, BigDecimal totalPoints, List<Item> items, List<Deduction> deductions,
            List<GradeBand> grades, List<QualitativeBand> qualitativeBands, LessThanRule lessThanRule) {
        this(name, totalPoints, items, deductions, grades, qualitativeBands, lessThanRule, null);
    }

    /**
     * An item of the tree.
     *
     * @param targetAchievement where the framework scores the item by the share of indicators that reach their
     *        target without exceeding it too far (e.g. 目标实现); {@code null} for an item scored by judgement
     */
    public record Item(List<String> path, BigDecimal maxPoints, String explanation, String standard,
            TargetAchievement targetAchievement) {

        /** An item scored by judgement. */
        public Item(List<String> path, BigDecimal maxPoints, String explanation, String standard) {
            this(path, maxPoints, explanation, standard, null);
        }
    }

    /**
     * An item scored as points × (indicators counted / indicators), as the Sichuan county
     * department framework's 目标实现: an indicator of the second level {@code level2} (数量指标)
     * counts where it reaches its target and, for a level to reach (≥, >, =), exceeds it by no
     * more than {@code above} (0.30: "超过预期指标30%以上的，均不计分").
     */
    public record TargetAchievement(String level2, BigDecimal above) {
    }

    public record Deduction(String name, BigDecimal maxPoints) {
    }

    /** A first-level indicator (一级指标) and its second levels (二级指标), in the order a report lists them. */
    public record IndicatorLevel(String level1, List<String> level2) {
    }

    /** A grade and the lowest total (inclusive) that earns it. */
    public record GradeBand(String label, BigDecimal minimum) {
    }

    /** A qualitative band (达成 / 部分达成 / 未达成) as shares of the indicator's points, {@code from} ≥ share ≥ {@code to}. */
    public record QualitativeBand(String label, BigDecimal from, BigDecimal to) {
    }

    public enum LessThanRule {
        /** points × target / actual, the national rule's inverse for "≤" targets. */
        TARGET_OVER_ACTUAL
    }
}
