package cn.perfeval.tracking;

import cn.perfeval.checks.core.Score;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportKind;
import cn.perfeval.workflow.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The records of the administrator's tracking dashboard. */
public final class Dashboard {

    private Dashboard() {
    }

    /**
     * Which rows to show: one status (all when null), only the overdue ones, departments whose
     * name (or project) contains the search text, one kind of report (every kind when null).
     */
    public record Filter(TrackedStatus status, boolean overdueOnly, String search, ReportKind kind) {

        public static final Filter ALL = new Filter(null, false, null, null);

        /** Every kind of report. */
        public Filter(TrackedStatus status, boolean overdueOnly, String search) {
            this(status, overdueOnly, search, null);
        }
    }

    /**
     * The round at a glance: the round's departments, its rows (every report of the kinds shown,
     * and a 未开始 row for a department without its overall report) and reports; rows per status, how many are overdue, and the deadline
     * record (approved by the deadline, approved after it, past it unapproved, still in time).
     */
    public record Summary(RoundInfo round, int departments, Map<TrackedStatus, Integer> perStatus, int overdue,
            int onTime, int late, int missed, int pending, int rows, int reports) {

        /** Share of the rows (reports, and departments without their overall report) approved by the deadline, in percent. */
        public int onTimeRate() {
            return rows == 0 ? 0 : Math.round(100f * onTime / rows);
        }
    }

    /** Who acts on the open step: the roles that hold the task, in the named organisation. */
    public record Actor(String organisation, List<Role> roles) {
    }

    /**
     * A report of the round's year, or a department of the round without its overall report.
     *
     * @param kind the report's kind; {@code DEPARTMENT_OVERALL} on a row without a report
     * @param project the project of a project or transfer-payment report; blank otherwise
     * @param step the step its route waits on; null when it has no report or its route has ended
     * @param actor who acts on that step; null without a step
     * @param daysInStep whole days since the step opened
     * @param due the round's due date of the step the department has to take next (submission
     *     while it has no report); null once published or where the round sets none
     * @param overdue past that due date with the step not taken, or past the 20-day publication limit
     * @param score the recomputed score and grade, where its report states a scoring table and the
     *     row was asked for with grades
     */
    public record Row(long departmentId, String department, String region, Long reportId, TrackedStatus status,
            Step step, Actor actor, Long daysInStep, LocalDate due, boolean overdue, boolean publicationOverdue,
            Long daysSinceApproval, Instant approvedAt, Instant publishedAt, Instant publicationScheduledFor,
            Score score, ReportKind kind, String project) {
    }
}
