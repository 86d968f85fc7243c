package cn.perfeval.monitoring;

import cn.perfeval.report.MoneyUnit;
import java.math.BigDecimal;
import java.util.List;

/**
 * A monitoring report as interchanged (docs/monitoring.md): per budget item and per project the
 * annual budget and the execution to the cut-off, in {@code unit}, and the progress of each
 * indicator. {@code project} names the project of a project's monitoring report; absent for the
 * department as a whole.
 *
 * <p>The indicators are the department's own copy. Before a department's first save in a round,
 * {@link MonitoringService#departmentReport} prefills them from the department's approved
 * declarations of the year (level1, level2, name, target) and leaves progress, reason and measure
 * to the drafter.
 */
public record MonitoringDocument(Integer formatVersion, Integer year, MoneyUnit unit, Department department,
        String project, List<Line> budget, List<Line> projects, List<Indicator> indicators) {

    public static final int FORMAT_VERSION = 1;

    /** The reporting department, by name. */
    public record Department(String name) {
    }

    /** A budget item (e.g. 基本支出) or a project: its annual budget and what was spent to the cut-off. */
    public record Line(String name, BigDecimal budget, BigDecimal executed) {
    }

    /**
     * An indicator with its target and the progress expected; {@code project} names the project of
     * {@code projects} it belongs to, absent for the department's own indicators.
     */
    public record Indicator(String project, String level1, String level2, String name, String target,
            Progress progress, String reason, String measure) {
    }

    public List<Line> budgetLines() {
        return budget == null ? List.of() : budget;
    }

    public List<Line> projectLines() {
        return projects == null ? List.of() : projects;
    }

    public List<Indicator> indicatorLines() {
        return indicators == null ? List.of() : indicators;
    }
}
