package cn.perfeval.notification;

/** Why a user is told about a report. */
public enum NotificationKind {
    /** The report arrived at a step the user acts on (待办). */
    ASSIGNED,
    /** The report was returned to a step the user acts on, with the reason. */
    RETURNED,
    /** Finance approved the report; the department publishes it. */
    APPROVED,
    /** The report was published. */
    PUBLISHED,
    /** A step the user acts on is due in a few days. */
    REMINDER,
    /** A step the user acts on (or, for administrators, any step) is past its due date. */
    OVERDUE
}
