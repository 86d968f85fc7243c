package cn.perfeval.checks.core;

import java.math.BigDecimal;

/**
 * The settings of the rules.
 *
 * @param overTargetThreshold an actual more than this share above its target is flagged (0.30 = 30%)
 * @param lowExecutionRate an execution rate below this needs an explanation (0.90 = 90%)
 */
public record CheckSettings(BigDecimal overTargetThreshold, BigDecimal lowExecutionRate) {

    public static final CheckSettings DEFAULTS = new CheckSettings(new BigDecimal("0.30"), new BigDecimal("0.90"));
}
