package cn.perfeval.notification;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportKind;
import cn.perfeval.workflow.Step;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A notification as its recipient sees it: about a report ({@code reportId}) or a declaration
 * ({@code declarationId}, with {@code declarationStatus} and {@code project}).
 *
 * @param step the step it is about (the one the report arrived at, or that is due); null for a
 *     publication
 * @param dueDate that step's due date, where the round sets one
 * @param actor who acted (returned, approved, published); null for the deadline timers
 * @param comment the reason of a return
 * @param reportId the report; null for a declaration's notification
 * @param reportKind the report's kind, or the declaration's
 * @param declarationId the declaration (绩效目标申报); null for a report's notification
 * @param declarationStatus the status the declaration arrived at or waits in
 * @param project the declaration's project, {@code ""} for an overall one
 */
public record NotificationInfo(long id, NotificationKind kind, Long reportId, Step step, String department, int year,
        ReportKind reportKind, LocalDate dueDate, String actor, String comment, Instant createdAt, boolean read,
        Long declarationId, DeclarationStatus declarationStatus, String project) {

    /** The sentence to show, in the reader's language. */
    public LocalizedMessage message() {
        return declarationId != null
                ? UserNotification.declarationMessage(kind, declarationStatus, department, year, reportKind, project,
                        dueDate, actor, comment)
                : UserNotification.message(kind, step, department, year, reportKind, dueDate, actor, comment);
    }

    /**
     * The page a click opens, for a reader of the given role: the step's screen where that role
     * acts on the step, else the report itself; a declaration's page for a declaration.
     */
    public String path(Role role) {
        if (declarationId != null) {
            return "declarations/" + declarationId;
        }
        if (kind != NotificationKind.PUBLISHED && step != null) {
            String screen = switch (step) {
                case DRAFTING -> role == Role.DRAFTER ? "drafting/" : null;
                case BUREAU_REVIEW -> role == Role.BUREAU_REVIEWER ? "bureau-review/" : null;
                case FINANCE_SIGN_OFF -> role == Role.FINANCE_REVIEWER ? "sign-off/" : null;
                case PUBLICATION -> role == Role.DRAFTER || role == Role.BUREAU_REVIEWER ? "publish/" : null;
            };
            if (screen != null) {
                return screen + reportId;
            }
        }
        return "reports/" + reportId;
    }
}
