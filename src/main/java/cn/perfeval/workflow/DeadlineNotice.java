package cn.perfeval.workflow;

import cn.perfeval.report.ReportKind;
import cn.perfeval.workflow.DeadlineEvents.TaskOverdue;
import cn.perfeval.workflow.DeadlineEvents.TaskReminderDue;
import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Called by a deadline timer of a task (the service tasks {@code remindOfDeadline} and
 * {@code flagOverdue}): publishes {@link TaskReminderDue} or {@link TaskOverdue} for the step, in
 * the timer job's transaction. A step without a due date publishes nothing: its timers only wait
 * at the far date Flowable needs (see {@link DeadlineSchedule}).
 */
class DeadlineNotice implements JavaDelegate {

    private final boolean overdue;
    private final ApplicationEventPublisher publisher;

    DeadlineNotice(boolean overdue, ApplicationEventPublisher publisher) {
        this.overdue = overdue;
        this.publisher = publisher;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!(execution.getVariable(DeadlineSchedule.DUE) instanceof String due)) {
            return;
        }
        Step step = Step.ofTaskKey((String) execution.getVariable(DeadlineSchedule.STEP)).orElse(null);
        if (step == null) {
            return;
        }
        long reportId = number(execution, "reportId");
        long department = number(execution, DeadlineListener.DEPARTMENT);
        long region = number(execution, DeadlineListener.REGION);
        int year = (int) number(execution, DeadlineListener.YEAR);
        ReportKind kind = ReportKind.valueOf((String) execution.getVariable(DeadlineListener.KIND));
        LocalDate dueDate = LocalDate.parse(due);
        publisher.publishEvent(overdue ? new TaskOverdue(reportId, step, dueDate, department, region, year, kind)
                : new TaskReminderDue(reportId, step, dueDate, department, region, year, kind));
    }

    private static long number(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }
}
