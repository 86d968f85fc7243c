package cn.perfeval.report;

/** Where a report stands on its route; mirrored from the workflow on the report row. */
public enum ReportStatus {
    DRAFTING, BUREAU_REVIEW, FINANCE_REVIEW, APPROVED, PUBLISHED
}
