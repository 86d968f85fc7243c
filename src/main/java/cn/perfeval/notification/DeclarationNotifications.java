package cn.perfeval.notification;

import cn.perfeval.declaration.DeclarationEvents.AdjustmentRequested;
import cn.perfeval.declaration.DeclarationEvents.DeclarationStatusChanged;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.declaration.DeclarationSummary;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.Role;
import cn.perfeval.identity.RunAs;
import cn.perfeval.identity.UserContact;
import cn.perfeval.workflow.DeadlineEvents.DeclarationOverdue;
import cn.perfeval.workflow.DeclarationWorkflow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is told what about a performance target declaration (绩效目标申报), once its move, or its
 * waiting step's overdue timer, has committed; written and mailed as the reports' notifications are
 * ({@link NotificationListeners}).
 *
 * <ul>
 * <li>submitted: 待办 for the department's bureau reviewers; passed, or an adjustment asked for: 待办
 * for the finance reviewers of its region, each with the step's due date;</li>
 * <li>returned: 退回 with the reason for the department's drafters; an adjustment returned by finance
 * is refused (the approved version stays in force), told to the drafters with the reason;</li>
 * <li>approved (an adjustment too): 已批复 for the department's drafters and bureau reviewers;</li>
 * <li>overdue: the candidates of the waiting step and the administrators.</li>
 * </ul>
 * The user who acted is not told of their own action.
 */
@Component
class DeclarationNotifications {

    private final DeclarationService declarations;
    private final DeclarationWorkflow workflow;
    private final Directory directory;
    private final NotificationDelivery delivery;
    private final Clock clock;
    private final RunAs runAs;

    DeclarationNotifications(DeclarationService declarations, DeclarationWorkflow workflow, Directory directory,
            NotificationDelivery delivery, Clock clock, RunAs runAs) {
        this.declarations = declarations;
        this.workflow = workflow;
        this.directory = directory;
        this.delivery = delivery;
        this.clock = clock;
        this.runAs = runAs;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DeclarationStatusChanged e) {
        NotificationKind kind = switch (e.action()) {
            case SUBMIT, PASS -> NotificationKind.ASSIGNED;
            case RETURN -> NotificationKind.RETURNED;
            case APPROVE -> NotificationKind.APPROVED;
            default -> null;
        };
        if (kind == null || e.from() == e.to()) {
            return;
        }
        List<Role> roles = switch (kind) {
            case ASSIGNED -> List.of(e.to() == DeclarationStatus.BUREAU_REVIEW ? Role.BUREAU_REVIEWER
                    : Role.FINANCE_REVIEWER);
            case RETURNED -> List.of(Role.DRAFTER);
            default -> List.of(Role.DRAFTER, Role.BUREAU_REVIEWER);
        };
        tell(kind, e.declarationId(), e.to(), roles, e.username(), e.comment());
    }

    /** An adjustment waits for finance approval (批复). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AdjustmentRequested e) {
        tell(NotificationKind.ASSIGNED, e.declarationId(), DeclarationStatus.ADJUSTMENT_REVIEW,
                List.of(Role.FINANCE_REVIEWER), e.username(), null);
    }

    /**
     * The waiting step's users and the administrators; the declaration's year, kind and project are
     * read on behalf of one of its reviewers (nobody is signed in when the timer fires).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(DeclarationOverdue e) {
        delivery.deliver("overdue declaration " + e.declarationId(), () -> {
            DepartmentInfo department = directory.department(e.departmentId());
            Map<String, Recipient> recipients = users(List.of(e.status() == DeclarationStatus.BUREAU_REVIEW
                    ? Role.BUREAU_REVIEWER : Role.FINANCE_REVIEWER), department);
            directory.usersWithRole(Role.ADMIN, null, null)
                    .forEach(u -> recipients.putIfAbsent(u.username(), new Recipient(u, Role.ADMIN)));
            if (recipients.isEmpty()) {
                return List.of();
            }
            DeclarationSummary declaration = runAs.call(recipients.keySet().iterator().next(),
                    () -> declarations.summary(e.declarationId()));
            Instant now = clock.instant();
            return recipients.values().stream().map(r -> r.outgoing(UserNotification.aboutDeclaration(
                    r.contact().username(), NotificationKind.OVERDUE, e.declarationId(), e.status(),
                    department.name(), declaration.year(), declaration.kind(), declaration.project(), e.dueDate(),
                    null, null, now))).toList();
        });
    }

    private void tell(NotificationKind kind, long id, DeclarationStatus status, List<Role> roles, String actor,
            String comment) {
        delivery.deliver("declaration " + id + " " + kind, () -> runAs.call(actor, () -> {
            DeclarationSummary declaration = declarations.summary(id);
            DepartmentInfo department = directory.department(declaration.departmentId());
            Map<String, Recipient> recipients = users(roles, department);
            recipients.remove(actor);
            LocalDate due = kind == NotificationKind.ASSIGNED ? workflow.due(id).orElse(null) : null;
            Instant now = clock.instant();
            return recipients.values().stream().map(r -> r.outgoing(UserNotification.aboutDeclaration(
                    r.contact().username(), kind, id, status, department.name(), declaration.year(),
                    declaration.kind(), declaration.project(), due,
                    kind == NotificationKind.ASSIGNED ? null : actor,
                    kind == NotificationKind.RETURNED ? comment : null, now))).toList();
        }));
    }

    /** The users of the roles for the department: finance reviewers of its region, the others of the department. */
    private Map<String, Recipient> users(List<Role> roles, DepartmentInfo department) {
        Map<String, Recipient> found = new LinkedHashMap<>();
        for (Role role : roles) {
            List<UserContact> users = role == Role.FINANCE_REVIEWER
                    ? directory.usersWithRole(role, null, department.regionId())
                    : directory.usersWithRole(role, department.id(), null);
            users.forEach(u -> found.putIfAbsent(u.username(), new Recipient(u, role)));
        }
        return found;
    }
}
