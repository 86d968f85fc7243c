package cn.perfeval.checks.core;

import java.math.BigDecimal;

/**
 * The settings of the rules.
 *
 * @param overTargetThreshold an actual more than this share above its target is flagged (0.30 = 30%)
 * @param lowExecutionRate an execution rate below this needs an explanation (0.90 = 90%)
 * @param frameworkTotal the points a scoring table's maxima add up to (100)
 */
public record CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate, BigDecimal frameworkTotal) {

    public static final BigDecimal STANDARD_FRAMEWORK_TOTAL = new BigDecimal("100");

    public static final CheckSettings DEFAULTS = new CheckSettings(new BigDecimal("0.30"), new BigDecimal("0.90"),
            STANDARD_FRAMEWORK_TOTAL);

    /** Settings for a framework of 100 points. */
    public CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate) {
        this(overTargetThreshold, lowExecutionRate, STANDARD_FRAMEWORK_TOTAL);
    }
}
