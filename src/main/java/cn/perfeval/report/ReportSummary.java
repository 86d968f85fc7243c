package cn.perfeval.report;

import java.time.Instant;

/**
 * What a list shows of a report.
 *
 * @param approvedAt when finance approved it (the legal 20 days to publish count from here)
 * @param publicationScheduledFor the date a scheduled publication is due, while it waits
 */
public record ReportSummary(long id, long departmentId, String department, String region, int year, ReportKind kind,
        ReportStatus status, int round, long version, Instant updatedAt, String updatedBy, Instant publishedAt,
        Instant approvedAt, Instant publicationScheduledFor) {

    /** Days a department has to publish its approved report (预算法实施条例 art. 6). */
    public static final int PUBLICATION_LIMIT_DAYS = 20;
}
