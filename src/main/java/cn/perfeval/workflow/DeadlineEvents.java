package cn.perfeval.workflow;

import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.report.ReportKind;
import java.time.LocalDate;

/**
 * What the process's deadline timers tell: a step of a report nears its due date, or has passed
 * it. Published in the transaction of the timer's job; the report's department and region name
 * who acts on the step (its candidates).
 */
public final class DeadlineEvents {

    private DeadlineEvents() {
    }

    /** The step is due on {@code dueDate}, a few days from now (see {@code perfeval.deadlines.reminder-days}). */
    public record TaskReminderDue(long reportId, Step step, LocalDate dueDate, long departmentId, long regionId,
            int year, ReportKind kind) {
    }

    /** The step was due on {@code dueDate} and is still open. */
    public record TaskOverdue(long reportId, Step step, LocalDate dueDate, long departmentId, long regionId,
            int year, ReportKind kind) {
    }

    /**
     * A declaration's waiting step (bureau review, finance approval or an adjustment's approval) was
     * due on {@code dueDate} and is still open; its department and region name who acts on it.
     */
    public record DeclarationOverdue(long declarationId, DeclarationStatus status, LocalDate dueDate,
            long departmentId, long regionId) {
    }
}
