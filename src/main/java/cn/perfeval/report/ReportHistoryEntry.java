package cn.perfeval.report;

import java.time.Instant;

/** A line of a report's timeline. */
public record ReportHistoryEntry(Instant at, String user, ReportAction action, ReportStatus fromStatus,
        ReportStatus toStatus, int round, String comment) {
}
