package cn.perfeval.report;

import java.time.Instant;

/** What a list shows of a report. */
public record ReportSummary(long id, long departmentId, String department, String region, int year, ReportKind kind,
        ReportStatus status, int round, long version, Instant updatedAt, String updatedBy, Instant publishedAt) {
}
