package cn.perfeval.report;

import java.time.Instant;

/**
 * What a list shows of a report.
 *
 * @param project the project of a project or transfer-payment report; blank for an overall report
 * @param approvedAt when finance approved it (the legal 20 days to publish count from here)
 * @param publicationScheduledFor the date a scheduled publication is due, while it waits
 */
public record ReportSummary(long id, long departmentId, String department, String region, int year, ReportKind kind,
        String project, ReportStatus status, int round, long version, Instant updatedAt, String updatedBy, Instant publishedAt,
        Instant approvedAt, Instant publicationScheduledFor) {

    /** Days a department has to publish its approved report (预算法实施条例 art. 6). */
    public static final int PUBLICATION_LIMIT_DAYS = 20;

    /** The project in brackets after the kind, e.g. “（医保专项工作经费）”; blank without a project. */
    public String projectSuffix() {
        return project == null || project.isEmpty() ? "" : "（" + project + "）";
    }
}
