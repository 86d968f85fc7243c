package cn.perfeval.report;

import java.time.Instant;

/**
 * The few columns a tracking list needs of a report: no figures, no texts. Read by one query
 * for a whole year, so a list of thousands of departments never loads a whole report. {@code project}
 * is blank for a department's overall report.
 */
public record ReportState(long id, long departmentId, ReportKind kind, String project, ReportStatus status, int round,
        Instant updatedAt, Instant approvedAt, Instant publishedAt, Instant publicationScheduledFor) {
}
