package cn.perfeval.workflow;

import cn.perfeval.identity.Directory;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every new task of a report's route its due date, from the round of the report's year
 * ({@link StepDeadlines}); the {@link DeadlineSweep} sends its notices from it. On a route version
 * that still carries two boundary timers per task ({@link DeadlineDefinitions}) it also sets the
 * process variables those timers fire on ({@code reminderAt} and {@code overdueAt}, read when
 * they are scheduled, just after the task is created).
 *
 * <p>The report's department, region, year and kind are kept as process variables too, read once
 * from the report by the user whose action created the first task.
 */
@Component
class DeadlineListener implements FlowableEventListener {

    static final String DEPARTMENT = "departmentId";
    static final String REGION = "regionId";
    static final String YEAR = "reportYear";
    static final String KIND = "reportKind";

    private final ObjectProvider<ReportService> reports;
    private final ObjectProvider<Directory> directory;
    private final ObjectProvider<StepDeadlines> deadlines;
    private final DeadlineDefinitions definitions;
    private final DeadlineProperties properties;
    private final Clock clock;

    DeadlineListener(ObjectProvider<ReportService> reports, ObjectProvider<Directory> directory,
            ObjectProvider<StepDeadlines> deadlines, DeadlineDefinitions definitions, DeadlineProperties properties,
            Clock clock) {
        this.definitions = definitions;
        this.reports = reports;
        this.directory = directory;
        this.deadlines = deadlines;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() != FlowableEngineEventType.TASK_CREATED || !(event instanceof FlowableEntityEvent e)
                || !(e.getEntity() instanceof TaskEntity task) || task.getProcessInstanceId() == null) {
            return;
        }
        Optional<Step> step = Step.ofTaskKey(task.getTaskDefinitionKey());
        if (step.isEmpty() || !(task.getVariable("reportId") instanceof Number reportId)) {
            return;
        }
        Facts facts = facts(task, reportId.longValue());
        DeadlineSchedule schedule = DeadlineSchedule.of(due(facts, step.get()), properties.reminderDays(),
                clock.instant());
        task.setDueDate(schedule.taskDueDate());
        if (definitions.hasTaskTimers(task.getProcessDefinitionId())) {
            schedule.variables(step.get()).forEach(task::setVariable);
        }
    }

    /** The step's due date from the round, if some module keeps rounds. */
    LocalDate due(Facts facts, Step step) {
        StepDeadlines source = deadlines.getIfAvailable();
        return source == null ? null : source.due(facts.departmentId(), facts.year(), step).orElse(null);
    }

    /** The report's department, region, year and kind: from the process, or read from the report once. */
    private Facts facts(TaskEntity task, long reportId) {
        if (task.getVariable(YEAR) instanceof Number year && task.getVariable(DEPARTMENT) instanceof Number department
                && task.getVariable(REGION) instanceof Number region) {
            return new Facts(department.longValue(), region.longValue(), year.intValue());
        }
        ReportSummary report = reports.getObject().summary(reportId);
        long region = directory.getObject().department(report.departmentId()).regionId();
        Map.<String, Object>of(DEPARTMENT, report.departmentId(), REGION, region, YEAR, report.year(), KIND,
                report.kind().name()).forEach(task::setVariable);
        return new Facts(report.departmentId(), region, report.year());
    }

    record Facts(long departmentId, long regionId, int year) {
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
}
