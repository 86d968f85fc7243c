package cn.perfeval.report;

/** A report for display: its summary and its parts as a document with money in yuan. */
public record ReportDetails(ReportSummary summary, ReportDocument document) {
}
