package cn.perfeval.notification;

import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.Role;
import cn.perfeval.identity.UserContact;
import cn.perfeval.report.Events.ReportStatusChanged;
import cn.perfeval.report.ReportDueDates;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.workflow.DeadlineEvents.TaskOverdue;
import cn.perfeval.workflow.DeadlineEvents.TaskReminderDue;
import cn.perfeval.workflow.Step;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who is told what, and when. When a report moves on its route or a step's deadline timer fires,
 * the recipients and the facts are gathered at once (while the acting user, if any, is still the
 * current one), and the notifications are written, and mailed, only after the transaction commits:
 * a change rolled back tells nobody, and a failure here never undoes the change.
 *
 * <ul>
 * <li>submitted, passed: 待办 for the candidates of the step it arrived at;</li>
 * <li>returned: 退回 with the reason for the candidates of the step it went back to (the drafters,
 * or the bureau reviewers);</li>
 * <li>approved: 已批准 for the department's drafters and bureau reviewers, who publish it;</li>
 * <li>published: 已公开 for the same;</li>
 * <li>reminder, overdue: the candidates of the step; overdue also the administrators.</li>
 * </ul>
 * The user who acted is not told of their own action.
 */
@Component
class NotificationListeners {

    private static final Logger log = LoggerFactory.getLogger(NotificationListeners.class);

    private final ReportService reports;
    private final Directory directory;
    private final ObjectProvider<ReportDueDates> dueDates;
    private final NotificationStore store;
    private final NotificationMail mail;
    private final Clock clock;

    NotificationListeners(ReportService reports, Directory directory, ObjectProvider<ReportDueDates> dueDates,
            NotificationStore store, NotificationMail mail, Clock clock) {
        this.reports = reports;
        this.directory = directory;
        this.dueDates = dueDates;
        this.store = store;
        this.mail = mail;
        this.clock = clock;
    }

    @EventListener
    void on(ReportStatusChanged e) {
        NotificationKind kind = switch (e.action()) {
            case SUBMIT, PASS -> NotificationKind.ASSIGNED;
            case RETURN -> NotificationKind.RETURNED;
            case APPROVE -> NotificationKind.APPROVED;
            case PUBLISH -> NotificationKind.PUBLISHED;
            case CREATE, WITHDRAW, SCHEDULE_PUBLICATION -> null;
        };
        Step step = kind == NotificationKind.PUBLISHED ? null : stepOf(e.to());
        if (kind == null || e.from() == e.to() || kind != NotificationKind.PUBLISHED && step == null) {
            return;
        }
        try {
            ReportSummary report = reports.summary(e.reportId());
            DepartmentInfo department = directory.department(report.departmentId());
            Map<String, Recipient> recipients = kind == NotificationKind.PUBLISHED
                    ? candidates(Step.PUBLICATION, department) : candidates(step, department);
            recipients.remove(e.username());
            LocalDate due = step == null ? null : dueDate(e.reportId());
            Instant now = clock.instant();
            List<Outgoing> outgoing = recipients.values().stream().map(r -> r.outgoing(new UserNotification(
                    r.contact().username(), kind, e.reportId(), step, department.name(), report.year(), report.kind(),
                    due, kind == NotificationKind.ASSIGNED ? null : e.username(),
                    kind == NotificationKind.RETURNED ? e.comment() : null, now))).toList();
            afterCommit(outgoing);
        } catch (RuntimeException ex) {
            log.warn("No notifications for report {} ({}): {}", e.reportId(), e.action(), ex.toString());
        }
    }

    @EventListener
    void on(TaskReminderDue e) {
        deadline(NotificationKind.REMINDER, e.reportId(), e.step(), e.dueDate(), e.departmentId(), e.year(),
                e.kind());
    }

    @EventListener
    void on(TaskOverdue e) {
        deadline(NotificationKind.OVERDUE, e.reportId(), e.step(), e.dueDate(), e.departmentId(), e.year(),
                e.kind());
    }

    private void deadline(NotificationKind kind, long reportId, Step step, LocalDate due, long departmentId, int year,
            ReportKind reportKind) {
        try {
            DepartmentInfo department = directory.department(departmentId);
            Map<String, Recipient> recipients = candidates(step, department);
            if (kind == NotificationKind.OVERDUE) {
                directory.usersWithRole(Role.ADMIN, null, null)
                        .forEach(u -> recipients.putIfAbsent(u.username(), new Recipient(u, Role.ADMIN)));
            }
            Instant now = clock.instant();
            afterCommit(recipients.values().stream().map(r -> r.outgoing(new UserNotification(r.contact().username(),
                    kind, reportId, step, department.name(), year, reportKind, due, null, null, now))).toList());
        } catch (RuntimeException ex) {
            log.warn("No {} notifications for report {}: {}", kind, reportId, ex.toString());
        }
    }

    /** The users who act on the step of a report of the department, by username. */
    private Map<String, Recipient> candidates(Step step, DepartmentInfo department) {
        Map<String, Recipient> found = new LinkedHashMap<>();
        List<Role> roles = switch (step) {
            case DRAFTING -> List.of(Role.DRAFTER);
            case BUREAU_REVIEW -> List.of(Role.BUREAU_REVIEWER);
            case FINANCE_SIGN_OFF -> List.of(Role.FINANCE_REVIEWER);
            case PUBLICATION -> List.of(Role.DRAFTER, Role.BUREAU_REVIEWER);
        };
        for (Role role : roles) {
            List<UserContact> users = role == Role.FINANCE_REVIEWER
                    ? directory.usersWithRole(role, null, department.regionId())
                    : directory.usersWithRole(role, department.id(), null);
            users.forEach(u -> found.putIfAbsent(u.username(), new Recipient(u, role)));
        }
        return found;
    }

    private LocalDate dueDate(long reportId) {
        ReportDueDates source = dueDates.getIfAvailable();
        return source == null ? null : source.of(List.of(reportId)).get(reportId);
    }

    private static Step stepOf(ReportStatus status) {
        return Arrays.stream(Step.values()).filter(s -> s.status() == status).findFirst().orElse(null);
    }

    /** Stores and mails the notifications once the current transaction has committed (at once without one). */
    private void afterCommit(List<Outgoing> outgoing) {
        if (outgoing.isEmpty()) {
            return;
        }
        Runnable deliver = () -> {
            try {
                mail.send(outgoing, store.save(outgoing));
            } catch (RuntimeException ex) {
                log.warn("Notifications not stored: {}", ex.toString());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }

    private record Recipient(UserContact contact, Role role) {

        Outgoing outgoing(UserNotification notification) {
            return new Outgoing(notification, contact.email(), role);
        }
    }
}
