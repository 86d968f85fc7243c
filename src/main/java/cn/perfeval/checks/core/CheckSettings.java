package cn.perfeval.checks.core;

import java.math.BigDecimal;
import java.util.List;

/**
 * The settings of the rules.
 *
 * @param overTargetThreshold an actual more than this share above its target is flagged (0.30 = 30%)
 * @param lowExecutionRate an execution rate below this needs an explanation (0.90 = 90%)
 * @param frameworkTotal the points a scoring table's maxima add up to (100)
 * @param grades the grade labels of the report's framework, highest first; {@code null} for the
 *        national bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差)
 * @param framework the report's framework, for the rules that read its first-level weights, its "≤" rule and
 *        its qualitative bands; {@code null} for the national rule's
 * @param declared the targets of the approved declaration the report is checked against (the {@code target.*}
 *        rules); {@code null} where none was approved, and then those rules find nothing
 */
public record CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate, BigDecimal frameworkTotal,
        List<Framework.GradeBand> grades, Framework framework, DeclaredTargets declared) {

    public static final BigDecimal STANDARD_FRAMEWORK_TOTAL = new BigDecimal("100");

    public static final CheckSettings DEFAULTS = new CheckSettings(new BigDecimal("0.30"), new BigDecimal("0.90"),
            STANDARD_FRAMEWORK_TOTAL, null, null, null);

    /** Settings for the report's framework, without approved targets. */
    public CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate, BigDecimal frameworkTotal,
            List<Framework.GradeBand> grades, Framework framework) {
        this(overTargetThreshold, lowExecutionRate, frameworkTotal, grades, framework, null);
    }

    /** Settings for a framework of the given total and grade bands, with the national rule's weights and bands. */
    public CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate, BigDecimal frameworkTotal,
            List<Framework.GradeBand> grades) {
        this(overTargetThreshold, lowExecutionRate, frameworkTotal, grades, null);
    }

    /** Settings for a framework of the given total with the national grade bands. */
    public CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate, BigDecimal frameworkTotal) {
        this(overTargetThreshold, lowExecutionRate, frameworkTotal, null, null);
    }

    /** Settings for a framework of 100 points. */
    public CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate) {
        this(overTargetThreshold, lowExecutionRate, STANDARD_FRAMEWORK_TOTAL, null, null);
    }

    /** These settings for a report scored by {@code framework}: its total and its grade labels. */
    public CheckSettings withFramework(Framework framework) {
        return new CheckSettings(overTargetThreshold, lowExecutionRate,
                framework.totalPoints() == null ? frameworkTotal : framework.totalPoints(),
                framework.grades() == null || framework.grades().isEmpty() ? grades : List.copyOf(framework.grades()),
                framework, declared);
    }

    /** These settings with the approved targets the report is checked against ({@code null}: none). */
    public CheckSettings withDeclared(DeclaredTargets targets) {
        return new CheckSettings(overTargetThreshold, lowExecutionRate, frameworkTotal, grades, framework, targets);
    }

    /** The "≤" rule of the report's framework, the national one by default. */
    public Framework.LessThanRule lessThanRule() {
        return framework == null || framework.lessThanRule() == null ? Framework.LessThanRule.TARGET_OVER_ACTUAL
                : framework.lessThanRule();
    }

    /** The qualitative bands of the report's framework, the national rule's by default. */
    public List<Framework.QualitativeBand> qualitativeBands() {
        return framework == null || framework.qualitativeBands() == null || framework.qualitativeBands().isEmpty()
                ? Scorer.NATIONAL_QUALITATIVE_BANDS : framework.qualitativeBands();
    }

    /** The grade bands to judge a stated grade by. */
    public List<Framework.GradeBand> gradeBands() {
        return grades == null ? Scorer.NATIONAL_GRADES : grades;
    }
}
