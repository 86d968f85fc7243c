package cn.perfeval.notification;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.ReportKind;
import cn.perfeval.workflow.Step;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One message to one user about one report. It keeps the facts of the moment it was written (the
 * department's name, the step, the due date), so it reads the same later, in either language.
 */
@Entity
@Table(name = "user_notification")
class UserNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private long reportId;

    @Enumerated(EnumType.STRING)
    private Step step;

    private String department;

    @Column(name = "report_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ReportKind reportKind;

    private LocalDate dueDate;

    private String actor;

    @Column(name = "comment_text")
    private String comment;

    private Instant createdAt;

    private Instant readAt;

    protected UserNotification() {
    }

    UserNotification(String recipient, NotificationKind kind, long reportId, Step step, String department, int year,
            ReportKind reportKind, LocalDate dueDate, String actor, String comment, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.reportId = reportId;
        this.step = step;
        this.department = department;
        this.year = year;
        this.reportKind = reportKind;
        this.dueDate = dueDate;
        this.actor = actor;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    String getRecipient() {
        return recipient;
    }

    boolean isRead() {
        return readAt != null;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NotificationInfo info() {
        return new NotificationInfo(id, kind, reportId, step, department, year, reportKind, dueDate, actor, comment,
                createdAt, readAt != null);
    }

    /** The text of the message: its kind's sentence, and the due date where the step has one. */
    static LocalizedMessage message(NotificationKind kind, Step step, String department, int year,
            ReportKind reportKind, LocalDate dueDate, String actor, String comment) {
        return new LocalizedMessage("notification." + kind.name(), department, String.valueOf(year),
                new LocalizedMessage("kind." + reportKind.name()),
                step == null ? "" : new LocalizedMessage(step.labelKey()),
                dueDate == null ? "" : dueDate.toString(), actor == null ? "" : actor,
                comment == null ? "" : comment,
                dueDate == null || kind == NotificationKind.REMINDER || kind == NotificationKind.OVERDUE ? ""
                        : new LocalizedMessage("notification.due", dueDate.toString()));
    }
}
