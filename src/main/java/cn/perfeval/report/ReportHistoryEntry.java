package cn.perfeval.report;

import java.time.Instant;

/**
 * A line of a report's timeline. {@code otherUser} is the colleague a review was delegated,
 * resolved back or transferred to; {@code note} says where a return asked the report to go next.
 */
public record ReportHistoryEntry(Instant at, String user, ReportAction action, ReportStatus fromStatus,
        ReportStatus toStatus, int round, String comment, String otherUser, RouteNote note) {

    public ReportHistoryEntry(Instant at, String user, ReportAction action, ReportStatus fromStatus,
            ReportStatus toStatus, int round, String comment) {
        this(at, user, action, fromStatus, toStatus, round, comment, null, null);
    }
}
