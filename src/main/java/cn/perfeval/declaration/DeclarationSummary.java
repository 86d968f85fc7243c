package cn.perfeval.declaration;

import cn.perfeval.report.ReportKind;
import java.time.Instant;

/**
 * A declaration as lists show it.
 *
 * @param project the project's name, {@code ""} for a department's overall declaration
 * @param version the number of its latest version (the one being drafted or reviewed, or the one in force)
 * @param versionInForce the number of the approved version in force, null before the first approval
 */
public record DeclarationSummary(long id, long departmentId, String department, String region, int year,
        ReportKind kind, String project, DeclarationStatus status, int version, Integer versionInForce,
        Instant updatedAt, String updatedBy) {
}
