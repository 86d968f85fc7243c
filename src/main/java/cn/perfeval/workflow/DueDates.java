package cn.perfeval.workflow;

import cn.perfeval.report.ReportDueDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due dates of the open tasks: read for the lists of reports, and set again on the open tasks
 * of a year when the deadlines of its round change (with their reminder and overdue timers).
 */
@Service
@Transactional
public class DueDates implements ReportDueDates {

    private static final int CHUNK = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final DeadlineListener listener;
    private final DeadlineDefinitions definitions;
    private final DeadlineProperties properties;
    private final Clock clock;

    DueDates(TaskService tasks, RuntimeService runtime, ManagementService management, DeadlineListener listener,
            DeadlineDefinitions definitions, DeadlineProperties properties, Clock clock) {
        this.definitions = definitions;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.listener = listener;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The due date of the open step of each report; the caller has already limited the reports to
     * those it may see. Two queries per 500 reports.
     */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> of(Collection<Long> reportIds) {
        Map<Long, LocalDate> result = new HashMap<>();
        List<Long> ids = reportIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            String keys = ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream().map(id -> "'" + id + "'")
                    .collect(Collectors.joining(","));
            Map<String, Long> reportOfInstance = new HashMap<>();
            for (var instance : runtime.createNativeProcessInstanceQuery()
                    .sql("select RES.* from ACT_RU_EXECUTION RES where RES.PARENT_ID_ is null"
                            + " and RES.BUSINESS_KEY_ in (" + keys + ")")
                    .list()) {
                reportOfInstance.put(instance.getId(), Long.valueOf(instance.getBusinessKey()));
            }
            if (reportOfInstance.isEmpty()) {
                continue;
            }
            for (Task task : tasks.createTaskQuery().processInstanceIdIn(reportOfInstance.keySet()).active().list()) {
                LocalDate due = DeadlineSchedule.dueDay(task.getDueDate());
                if (due != null && Step.ofTaskKey(task.getTaskDefinitionKey()).isPresent()) {
                    result.put(reportOfInstance.get(task.getProcessInstanceId()), due);
                }
            }
        }
        return result;
    }

    /**
     * Sets again the due date of every open task of the year's reports of the given departments,
     * from the deadlines now in force; the deadline sweep reads it. On route versions with timers
     * per task it moves their reminder and overdue timers. A notice already sent is not sent again.
     * Returns how many tasks were looked at.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int refresh(int year, Collection<Long> departmentIds) {
        Set<Long> covered = Set.copyOf(departmentIds);
        int count = 0;
        for (Task task : tasks.createTaskQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY).active()
                .processVariableValueEquals(DeadlineListener.YEAR, year).includeProcessVariables().list()) {
            Map<String, Object> variables = task.getProcessVariables();
            if (!(variables.get(DeadlineListener.DEPARTMENT) instanceof Number department)
                    || !covered.contains(department.longValue())) {
                continue;
            }
            Step step = Step.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
            if (step == null) {
                continue;
            }
            long region = ((Number) variables.get(DeadlineListener.REGION)).longValue();
            DeadlineSchedule schedule = DeadlineSchedule.of(
                    listener.due(new DeadlineListener.Facts(department.longValue(), region, year), step),
                    properties.reminderDays(), clock.instant());
            tasks.setDueDate(task.getId(), schedule.taskDueDate());
            count++;
            if (!definitions.hasTaskTimers(task.getProcessDefinitionId())) {
                continue; // the sweep reads the new due date
            }
            runtime.setVariables(task.getProcessInstanceId(), schedule.variables(step));
            for (Job timer : management.createTimerJobQuery().processInstanceId(task.getProcessInstanceId()).list()) {
                if ((step.taskKey() + "Reminder").equals(timer.getElementId())) {
                    management.rescheduleTimeDateJob(timer.getId(), schedule.reminderAt());
                } else if ((step.taskKey() + "Overdue").equals(timer.getElementId())) {
                    management.rescheduleTimeDateJob(timer.getId(), schedule.overdueAt());
                }
            }
        }
        return count;
    }
}
