package cn.perfeval.report;

import java.util.List;

/**
 * A report for display: its summary and its parts as a document with money in yuan.
 *
 * @param approvedIndicators the indicators of the approved declaration (绩效目标申报表) of the report's
 *        department, year, kind and project, whose targets the report states as approved and the editor
 *        shows read-only; empty where none was approved
 */
public record ReportDetails(ReportSummary summary, ReportDocument document,
        List<ReportDocument.Indicator> approvedIndicators) {

    public ReportDetails {
        approvedIndicators = approvedIndicators == null ? List.of() : List.copyOf(approvedIndicators);
    }

    /** A report without approved targets. */
    public ReportDetails(ReportSummary summary, ReportDocument document) {
        this(summary, document, List.of());
    }
}
