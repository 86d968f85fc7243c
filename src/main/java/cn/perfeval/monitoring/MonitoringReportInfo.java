package cn.perfeval.monitoring;

import cn.perfeval.checks.core.Finding;
import java.time.Instant;
import java.util.List;

/**
 * A monitoring report as the screens and the API show it: its document in the unit it came in
 * and its findings against the round's calendar line.
 */
public record MonitoringReportInfo(long id, long roundId, long departmentId, String department, String project,
        MonitoringStatus status, long version, Instant draftedAt, String draftedBy, Instant submittedAt,
        String submittedBy, MonitoringDocument document, List<Finding> findings) {

    /** Whether an ERROR finding keeps it from being submitted. */
    public boolean blocked() {
        return findings.stream().anyMatch(Finding::blocks);
    }
}
