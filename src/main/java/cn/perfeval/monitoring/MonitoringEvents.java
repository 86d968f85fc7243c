package cn.perfeval.monitoring;

import java.time.LocalDate;

/** What happens to monitoring rounds and reports, for the audit log. */
public final class MonitoringEvents {

    private MonitoringEvents() {
    }

    /** The administrator opened a monitoring round. */
    public record RoundOpened(long roundId, int year, String name, LocalDate cutOff, LocalDate dueDate, String by) {
    }

    /** A drafter stored a monitoring report's document; {@code replaced} when it took the place of an earlier one. */
    public record ReportDrafted(long reportId, long roundId, String department, String project, boolean replaced,
            String by) {
    }

    /** A drafter submitted a monitoring report, with {@code warnings} warnings. */
    public record ReportSubmitted(long reportId, long roundId, String department, String project, int warnings,
            String by) {
    }
}
