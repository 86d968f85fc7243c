package cn.perfeval.checks.core;

import java.math.BigDecimal;
import java.util.List;

/**
 * The performance targets of an approved declaration (绩效目标申报表) that a self-evaluation of the same
 * department, year, kind and project is checked against.
 *
 * @param declarationId the declaration
 * @param version the approved version (1 for the first approval, one more for each approved adjustment)
 * @param indicators the declared indicators, in the declaration's order
 */
public record DeclaredTargets(long declarationId, int version, List<Indicator> indicators) {

    public DeclaredTargets {
        indicators = List.copyOf(indicators);
    }

    /** A declared indicator: its place in the tree, its name, the target as declared and its weight. */
    public record Indicator(String level1, String level2, String name, String target, BigDecimal weight) {
    }
}
