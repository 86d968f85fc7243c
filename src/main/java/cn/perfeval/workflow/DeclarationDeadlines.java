package cn.perfeval.workflow;

import cn.perfeval.base.Formats;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.workflow.DeadlineEvents.DeclarationOverdue;
import cn.perfeval.workflow.DeclarationWorkflow.DeclarationStep;
import java.time.Clock;
import java.time.LocalDate;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The deadlines of a declaration's waiting steps (decision 0042). A declaration has no round, so
 * bureau review and finance approval (an adjustment's too) are each due
 * {@code perfeval.deadlines.declaration-review-days} days after the step began (China Standard
 * Time); drafting has no due date. When such a task is created its due date is set, and the
 * variables its one overdue timer reads ({@code overdueAt}, the start of the day after the due
 * date); the timer's delegate ({@code declarationOverdue}) publishes {@link DeclarationOverdue}.
 * Only ids and dates go into the process's variables: Flowable's tables hold three-byte UTF-8 on
 * MySQL/MariaDB, and a project's name may not fit them.
 */
@Component
class DeclarationDeadlines implements FlowableEventListener {

    private final DeadlineProperties properties;
    private final Clock clock;

    DeclarationDeadlines(DeadlineProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() != FlowableEngineEventType.TASK_CREATED || !(event instanceof FlowableEntityEvent e)
                || !(e.getEntity() instanceof TaskEntity task) || task.getProcessInstanceId() == null
                || !(task.getVariable("declarationId") instanceof Number)) {
            return;
        }
        DeclarationStep step = DeclarationStep.of(task).orElse(null);
        if (step == null || step == DeclarationStep.DRAFTING) {
            return;
        }
        LocalDate due = properties.declarationReviewDays() > 0
                ? LocalDate.ofInstant(clock.instant(), Formats.ZONE).plusDays(properties.declarationReviewDays())
                : null;
        DeadlineSchedule schedule = DeadlineSchedule.of(due, 0, clock.instant());
        task.setDueDate(schedule.taskDueDate());
        task.setVariable(DeadlineSchedule.STEP, step.taskKey());
        task.setVariable(DeadlineSchedule.DUE, due == null ? null : due.toString());
        task.setVariable(DeadlineSchedule.OVERDUE_AT, schedule.overdueAt());
    }

    /** A failure here is logged and leaves the task without a due date; it never stops the action. */
    @Override
    public boolean isFailOnException() {
        return false;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }

    /**
     * The overdue timer's delegate: publishes {@link DeclarationOverdue} for the waiting step, in the
     * timer job's transaction; nothing where the step has no due date.
     */
    static class Notice implements JavaDelegate {

        private final ApplicationEventPublisher publisher;

        Notice(ApplicationEventPublisher publisher) {
            this.publisher = publisher;
        }

        @Override
        public void execute(DelegateExecution execution) {
            if (!(execution.getVariable(DeadlineSchedule.DUE) instanceof String due)) {
                return;
            }
            String step = (String) execution.getVariable(DeadlineSchedule.STEP);
            DeclarationStatus status = DeclarationStep.BUREAU_REVIEW.taskKey().equals(step)
                    ? DeclarationStatus.BUREAU_REVIEW
                    : Boolean.TRUE.equals(execution.getVariable("adjustment")) ? DeclarationStatus.ADJUSTMENT_REVIEW
                    : DeclarationStatus.FINANCE_REVIEW;
            publisher.publishEvent(new DeclarationOverdue(number(execution, "declarationId"), status,
                    LocalDate.parse(due), number(execution, DeadlineListener.DEPARTMENT),
                    number(execution, DeadlineListener.REGION)));
        }

        private static long number(DelegateExecution execution, String name) {
            return ((Number) execution.getVariable(name)).longValue();
        }
    }
}
