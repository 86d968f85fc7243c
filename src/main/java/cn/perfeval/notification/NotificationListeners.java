package cn.perfeval.notification;

import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.Role;
import cn.perfeval.identity.RunAs;
import cn.perfeval.identity.UserContact;
import cn.perfeval.report.Events.ReportStatusChanged;
import cn.perfeval.report.Events.ReportTaskHandedOver;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is told what, and when. Once a report's move, or a step's deadline timer, has committed,
 * the recipients and the facts are gathered and the notifications written in a transaction of
 * their own (a move's facts are read on behalf of the user who made it), then mailed: a change
 * rolled back tells nobody, and a failure here never undoes the change.
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

    private final ReportService reports;
    private final Directory directory;
    private final ObjectProvider<ReportDueDates> dueDates;
    private final NotificationDelivery delivery;
    private final Clock clock;
    private final RunAs runAs;

    NotificationListeners(ReportService reports, Directory directory, ObjectProvider<ReportDueDates> dueDates,
            NotificationDelivery delivery, Clock clock, RunAs runAs) {
        this.runAs = runAs;
        this.reports = reports;
        this.directory = directory;
        this.dueDates = dueDates;
        this.delivery = delivery;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportStatusChanged e) {
        NotificationKind kind = switch (e.action()) {
            case SUBMIT, PASS -> NotificationKind.ASSIGNED;
            case RETURN -> NotificationKind.RETURNED;
            case APPROVE -> NotificationKind.APPROVED;
            case PUBLISH -> NotificationKind.PUBLISHED;
            case CREATE, WITHDRAW, SCHEDULE_PUBLICATION, DELEGATE, RESOLVE, TRANSFER, CLAIM, REPLACE -> null;
        };
        Step step = kind == NotificationKind.PUBLISHED ? null : stepOf(e.to());
        if (kind == null || e.from() == e.to() || kind != NotificationKind.PUBLISHED && step == null) {
            return;
        }
        delivery.deliver("report " + e.reportId() + " " + e.action(), () -> runAs.call(e.username(), () -> {
            ReportSummary report = reports.summary(e.reportId());
            DepartmentInfo department = directory.department(report.departmentId());
            Map<String, Recipient> recipients = candidates(step == null ? Step.PUBLICATION : step, department);
            recipients.remove(e.username());
            LocalDate due = step == null ? null : dueDate(e.reportId());
            Instant now = clock.instant();
            return recipients.values().stream().map(r -> r.outgoing(new UserNotification(r.contact().username(),
                    kind, e.reportId(), step, department.name(), report.year(), report.kind(), due,
                    kind == NotificationKind.ASSIGNED ? null : e.username(),
                    kind == NotificationKind.RETURNED ? e.comment() : null, now))).toList();
        }));
    }

    /** A review handed to a colleague (委派, 转办) or back (办结委派) is assigned to that user alone. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportTaskHandedOver e) {
        Step step = stepOf(e.status());
        if (step == null || e.toUser() == null || e.toUser().equals(e.username())) {
            return;
        }
        delivery.deliver("report " + e.reportId() + " " + e.action(), () -> runAs.call(e.username(), () -> {
            ReportSummary report = reports.summary(e.reportId());
            DepartmentInfo department = directory.department(report.departmentId());
            Role role = step == Step.FINANCE_SIGN_OFF ? Role.FINANCE_REVIEWER : Role.BUREAU_REVIEWER;
            return directory.contact(e.toUser()).stream()
                    .map(c -> new Recipient(c, role).outgoing(new UserNotification(c.username(),
                            NotificationKind.ASSIGNED, e.reportId(), step, department.name(), report.year(),
                            report.kind(), dueDate(e.reportId()), e.username(), null, clock.instant())))
                    .toList();
        }));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TaskReminderDue e) {
        deadline(NotificationKind.REMINDER, e.reportId(), e.step(), e.dueDate(), e.departmentId(), e.year(),
                e.kind());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TaskOverdue e) {
        deadline(NotificationKind.OVERDUE, e.reportId(), e.step(), e.dueDate(), e.departmentId(), e.year(),
                e.kind());
    }

    private void deadline(NotificationKind kind, long reportId, Step step, LocalDate due, long departmentId, int year,
            ReportKind reportKind) {
        delivery.deliver(kind + " of report " + reportId, () -> {
            DepartmentInfo department = directory.department(departmentId);
            Map<String, Recipient> recipients = candidates(step, department);
            if (kind == NotificationKind.OVERDUE) {
                directory.usersWithRole(Role.ADMIN, null, null)
                        .forEach(u -> recipients.putIfAbsent(u.username(), new Recipient(u, Role.ADMIN)));
            }
            Instant now = clock.instant();
            return recipients.values().stream().map(r -> r.outgoing(new UserNotification(r.contact().username(),
                    kind, reportId, step, department.name(), year, reportKind, due, null, null, now))).toList();
        });
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
}
