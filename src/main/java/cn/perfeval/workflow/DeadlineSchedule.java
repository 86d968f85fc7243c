package cn.perfeval.workflow;

import cn.perfeval.base.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * When a step's deadline timers fire, from its due date: the reminder at the start of the day
 * {@code reminderDays} before it, the overdue notice at the start of the day after it (China
 * Standard Time).
 *
 * <p>Flowable needs a date for every timer it schedules, so a step without a due date gets its
 * timers at {@link #NO_TIMER}, a date that never comes in practice; the delegates the timers call
 * do nothing when the step has no due date. That date lies before 2038-01-19, the end of MySQL's
 * {@code TIMESTAMP} type that Flowable's timer table uses; later dates are moved to it. A reminder
 * whose moment has already passed when the task is created is not scheduled (the assignment
 * notice names the due date); an overdue notice whose moment has passed fires at once.
 */
record DeadlineSchedule(LocalDate due, String reminderAt, String overdueAt) {

    /** The "never" of the deadline timers. */
    static final Instant NO_TIMER = Instant.parse("2038-01-01T00:00:00Z");

    static final String DUE = "deadlineDue";
    static final String STEP = "deadlineStep";
    static final String REMINDER_AT = "reminderAt";
    static final String OVERDUE_AT = "overdueAt";

    static DeadlineSchedule of(LocalDate due, int reminderDays, Instant now) {
        if (due == null) {
            return new DeadlineSchedule(null, NO_TIMER.toString(), NO_TIMER.toString());
        }
        Instant overdue = due.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        Instant reminder = due.minusDays(reminderDays).atStartOfDay(Formats.ZONE).toInstant();
        boolean remind = reminderDays > 0 && reminder.isAfter(now);
        return new DeadlineSchedule(due, capped(remind ? reminder : NO_TIMER), capped(overdue));
    }

    private static String capped(Instant at) {
        return (at.isAfter(NO_TIMER) ? NO_TIMER : at).toString();
    }

    /** The task's due date: the last second of the due day; null without one. */
    Date taskDueDate() {
        return due == null ? null
                : Date.from(due.plusDays(1).atStartOfDay(Formats.ZONE).toInstant().minusSeconds(1));
    }

    /** The process variables the timers and their delegates read. */
    Map<String, Object> variables(Step step) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(STEP, step.taskKey());
        variables.put(DUE, due == null ? null : due.toString());
        variables.put(REMINDER_AT, reminderAt);
        variables.put(OVERDUE_AT, overdueAt);
        return variables;
    }

    /** The due day of a task's due date as stored by {@link #taskDueDate()}. */
    static LocalDate dueDay(Date taskDueDate) {
        return taskDueDate == null ? null : LocalDate.ofInstant(taskDueDate.toInstant(), Formats.ZONE);
    }
}
