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
 */
public record CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate, BigDecimal frameworkTotal,
        List<Framework.GradeBand> grades) {

    public static final BigDecimal STANDARD_FRAMEWORK_TOTAL = new BigDecimal("100");

    public static final CheckSettings DEFAULTS = new CheckSettings(new BigDecimal("0.30"), new BigDecimal("0.90"),
            STANDARD_FRAMEWORK_TOTAL, null);

    /** Settings for a framework of the given total with the national grade bands. */
    public CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate, BigDecimal frameworkTotal) {
        this(overTargetThreshold, lowExecutionRate, frameworkTotal, null);
    }

    /** Settings for a framework of 100 points. */
    public CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate) {
        this(overTargetThreshold, lowExecutionRate, STANDARD_FRAMEWORK_TOTAL, null);
    }

    /** These settings for a report scored by {@code framework}: its total and its grade labels. */
    public CheckSettings withFramework(Framework framework) {
        return new CheckSettings(overTargetThreshold, lowExecutionRate,
                framework.totalPoints() == null ? frameworkTotal : framework.totalPoints(),
                framework.grades() == null || framework.grades().isEmpty() ? grades : List.copyOf(framework.grades()));
    }

    /** The grade bands to judge a stated grade by. */
    public List<Framework.GradeBand> gradeBands() {
        return grades == null ? Scorer.NATIONAL_GRADES : grades;
    }
}
