package cn.perfeval.report;

import java.util.List;

/**
 * A shipped template a report can start from (从模板新建): a scoring framework's empty scoring
 * table (items with their max points, deductions, no scores) and the first and second levels of
 * the performance indicators a report scored by it sets.
 *
 * @param framework the framework's name, as the scoring table names it
 * @param scoring the empty scoring table
 * @param indicatorLevels the indicator levels, first levels in order; empty where the framework names none
 * @param suited whether the framework is the one the checks use for the kind of report asked for
 */
public record ReportTemplate(String framework, ReportDocument.Scoring scoring, List<IndicatorLevel> indicatorLevels,
        boolean suited) {

    public ReportTemplate {
        indicatorLevels = indicatorLevels == null ? List.of() : List.copyOf(indicatorLevels);
    }

    /** A first-level indicator (一级指标) and its second levels (二级指标). */
    public record IndicatorLevel(String level1, List<String> level2) {

        public IndicatorLevel {
            level2 = level2 == null ? List.of() : List.copyOf(level2);
        }
    }
}
