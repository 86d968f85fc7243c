package cn.perfeval.workflow;

import cn.perfeval.base.Formats;
import cn.perfeval.report.ReportKind;
import cn.perfeval.workflow.DeadlineEvents.TaskOverdue;
import cn.perfeval.workflow.DeadlineEvents.TaskReminderDue;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the steps' deadline notices from the open tasks' due dates (decision 0044), instead of two
 * boundary timers on every task: the reminder at the start of the day
 * {@code perfeval.deadlines.reminder-days} before the due date, the overdue notice at the start of
 * the day after it (the moments of {@link DeadlineSchedule}). Run every minute on every node
 * ({@code perfeval.deadlines.sweep-every}); a notice is sent once, in its own transaction, which
 * first writes its row in {@code deadline_notice} (the primary key refuses a second one, from this
 * node or another). A task's notices belong to that task: the step taken again, after a return,
 * gets its own.
 *
 * <p>A reminder is not sent when its moment had already passed when the task was created (the
 * assignment notice names the due date), nor once the overdue notice is due. Tasks of route
 * versions that still carry their own timers ({@link DeadlineDefinitions}) are left to those.
 */
@Component
public class DeadlineSweep {

    static final String REMINDER = "REMINDER";
    static final String OVERDUE = "OVERDUE";
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSweep.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final DeadlineDefinitions definitions;
    private final DeadlineProperties properties;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    DeadlineSweep(TaskService tasks, RuntimeService runtime, DeadlineDefinitions definitions,
            DeadlineProperties properties, JdbcTemplate jdbc, ApplicationEventPublisher publisher, Clock clock,
            PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.definitions = definitions;
        this.properties = properties;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Sends every notice due now; returns how many were sent. */
    public int sendDue() {
        return send(null).size();
    }

    /**
     * Sends the notices of one report that are due now; returns them by the names the route's
     * earlier timers had ({@code draftReportReminder}, {@code draftReportOverdue}, ...).
     */
    public List<String> sendDue(long reportId) {
        return send(String.valueOf(reportId));
    }

    /** The notices of the report's open task still to come, by the same names, with their moments. */
    public Map<String, Instant> pending(long reportId) {
        Map<String, Instant> result = new LinkedHashMap<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(ReportWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(reportId)).active().list()) {
            Step step = Step.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
            if (step == null || task.getDueDate() == null || definitions.hasTaskTimers(task.getProcessDefinitionId())) {
                continue;
            }
            Moments moments = moments(task);
            Set<String> done = Set.copyOf(
                    jdbc.queryForList("select kind from deadline_notice where task_id = ?", String.class, task.getId()));
            if (done.contains(OVERDUE)) {
                continue;
            }
            if (moments.reminder() != null && !done.contains(REMINDER)) {
                result.put(step.taskKey() + "Reminder", moments.reminder());
            }
            result.put(step.taskKey() + "Overdue", moments.overdue());
        }
        return result;
    }

    private List<String> send(String businessKey) {
        List<String> swept = definitions.swept();
        if (swept.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Formats.ZONE);
        // a task is a candidate from the start of the day its reminder would come, without its overdue row
        Date until = Date.from(today.plusDays(Math.max(0, properties.reminderDays()) + 1L).atStartOfDay(Formats.ZONE)
                .toInstant());
        Date overdueUntil = Date.from(now);
        String definitionIds = swept.stream().map(id -> "'" + id.replace("'", "''") + "'")
                .collect(Collectors.joining(","));
        String sql = "select RES.* from ACT_RU_TASK RES"
                + (businessKey == null ? "" : " join ACT_RU_EXECUTION P on P.ID_ = RES.PROC_INST_ID_")
                + " where RES.PROC_DEF_ID_ in (" + definitionIds + ") and RES.DUE_DATE_ is not null"
                + " and RES.DUE_DATE_ < #{until}"
                + " and not exists (select 1 from deadline_notice N where N.task_id = RES.ID_ and N.kind = 'OVERDUE')"
                + " and (RES.DUE_DATE_ < #{overdueUntil} or not exists (select 1 from deadline_notice N"
                + " where N.task_id = RES.ID_ and N.kind = 'REMINDER'))"
                + (businessKey == null ? "" : " and P.BUSINESS_KEY_ = #{businessKey}")
                + " order by RES.DUE_DATE_";
        var query = tasks.createNativeTaskQuery().sql(sql).parameter("until", until)
                .parameter("overdueUntil", overdueUntil);
        if (businessKey != null) {
            query.parameter("businessKey", businessKey);
        }
        List<String> sent = new ArrayList<>();
        for (Task task : query.list()) {
            Step step = Step.ofTaskKey(task.getTaskDefinitionKey()).orElse(null);
            if (step == null) {
                continue;
            }
            Moments moments = moments(task);
            try {
                if (!now.isBefore(moments.overdue())) {
                    if (notice(task, step, moments.due(), OVERDUE, true, now)) {
                        sent.add(step.taskKey() + "Overdue");
                    }
                } else if (moments.reminder() == null) {
                    // no reminder for this task: recorded so that the sweep stops looking at it until it is overdue
                    notice(task, step, moments.due(), REMINDER, false, now);
                } else if (!now.isBefore(moments.reminder())) {
                    if (notice(task, step, moments.due(), REMINDER, true, now)) {
                        sent.add(step.taskKey() + "Reminder");
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Deadline notice of task {} not sent; the next sweep tries again", task.getId(), e);
            }
        }
        return sent;
    }

    /** Writes the notice's row and publishes it, in one transaction; false when it was already written. */
    private boolean notice(Task task, Step step, LocalDate due, String kind, boolean send, Instant now) {
        return Boolean.TRUE.equals(ownTransaction.execute(status -> {
            Map<String, Object> variables = runtime.getVariables(task.getProcessInstanceId());
            long reportId = ((Number) variables.get("reportId")).longValue();
            try {
                jdbc.update("insert into deadline_notice (task_id, kind, report_id, sent, noticed_at)"
                        + " values (?, ?, ?, ?, ?)", task.getId(), kind, reportId, send, Timestamp.from(now));
            } catch (DuplicateKeyException alreadySent) {
                status.setRollbackOnly();
                return false;
            }
            if (send) {
                long department = ((Number) variables.get(DeadlineListener.DEPARTMENT)).longValue();
                long region = ((Number) variables.get(DeadlineListener.REGION)).longValue();
                int year = ((Number) variables.get(DeadlineListener.YEAR)).intValue();
                ReportKind reportKind = ReportKind.valueOf((String) variables.get(DeadlineListener.KIND));
                publisher.publishEvent(OVERDUE.equals(kind)
                        ? new TaskOverdue(reportId, step, due, department, region, year, reportKind)
                        : new TaskReminderDue(reportId, step, due, department, region, year, reportKind));
            }
            return send;
        }));
    }

    /** The task's due day and the moments of its notices; no reminder when its moment came before the task. */
    private Moments moments(Task task) {
        LocalDate due = DeadlineSchedule.dueDay(task.getDueDate());
        DeadlineSchedule schedule = DeadlineSchedule.of(due, properties.reminderDays(), task.getCreateTime().toInstant());
        Instant reminder = Instant.parse(schedule.reminderAt());
        return new Moments(due, reminder.equals(DeadlineSchedule.NO_TIMER) ? null : reminder,
                Instant.parse(schedule.overdueAt()));
    }

    private record Moments(LocalDate due, Instant reminder, Instant overdue) {
    }
}
