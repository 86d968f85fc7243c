package cn.perfeval.notification;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.declaration.DeclarationStatus;
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
 * One message to one user about one report or one declaration (绩效目标申报). It keeps the facts of the moment it was written (the
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

    /** The report it is about; null for a declaration's. */
    private Long reportId;

    /** The declaration it is about; null for a report's. */
    private Long declarationId;

    /** The status the declaration arrived at, or waits in (overdue); null for a report's. */
    @Enumerated(EnumType.STRING)
    private DeclarationStatus declarationStatus;

    /** The declaration's project, {@code ""} for an overall one; null for a report's. */
    private String projectName;

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

    /** A notification about a declaration: its kind and year are the declaration's, its status the step. */
    static UserNotification aboutDeclaration(String recipient, NotificationKind kind, long declarationId,
            DeclarationStatus status, String department, int year, ReportKind declarationKind, String project,
            LocalDate dueDate, String actor, String comment, Instant createdAt) {
        UserNotification n = new UserNotification();
        n.recipient = recipient;
        n.kind = kind;
        n.declarationId = declarationId;
        n.declarationStatus = status;
        n.department = department;
        n.year = year;
        n.reportKind = declarationKind;
        n.projectName = project == null ? "" : project;
        n.dueDate = dueDate;
        n.actor = actor;
        n.comment = comment;
        n.createdAt = createdAt;
        return n;
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
                createdAt, readAt != null, declarationId, declarationStatus, projectName);
    }

    /**
     * The text of a message about a declaration: its kind's sentence (an adjustment returned by
     * finance is refused, the approved version staying in force), and the due date where there is one.
     */
    static LocalizedMessage declarationMessage(NotificationKind kind, DeclarationStatus status, String department,
            int year, ReportKind declarationKind, String project, LocalDate dueDate, String actor, String comment) {
        String key = kind == NotificationKind.RETURNED && status == DeclarationStatus.APPROVED ? "REFUSED"
                : kind.name();
        return new LocalizedMessage("notification.declaration." + key, department, String.valueOf(year),
                new LocalizedMessage("declaration.kind." + declarationKind.name()),
                project == null || project.isEmpty() ? "" : "（" + project + "）",
                status == null ? "" : new LocalizedMessage("declaration.status." + status.name()),
                dueDate == null ? "" : dueDate.toString(), actor == null ? "" : actor, comment == null ? "" : comment,
                dueDate == null || kind == NotificationKind.OVERDUE ? ""
                        : new LocalizedMessage("notification.due", dueDate.toString()));
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
