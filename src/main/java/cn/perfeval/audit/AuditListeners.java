package cn.perfeval.audit;

import cn.perfeval.checks.FrameworkSaved;
import cn.perfeval.declaration.DeclarationEvents;
import cn.perfeval.evidence.EvidenceEvents;
import cn.perfeval.identity.AccessTokenEvents;
import cn.perfeval.identity.AccountEvents;
import cn.perfeval.monitoring.MonitoringEvents;
import cn.perfeval.report.Events.ReportCreated;
import cn.perfeval.tracking.RoundEvents;
import cn.perfeval.report.Events.ReportSaved;
import cn.perfeval.report.Events.ReportStatusChanged;
import cn.perfeval.report.Events.ReportTaskHandedOver;
import cn.perfeval.review.ReviewEvents;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes what happened to the audit log: a change as the last step of its own transaction, just
 * before it commits (so the log never records a change that was rolled back, and no change commits
 * without its line, even if the process dies at that moment; decision 0045); sign-ins, sign-outs
 * and refusals at once.
 */
@Component
class AuditListeners {

    private final AuditLog log;

    AuditListeners(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent e) {
        log.append(e.getAuthentication().getName(), address(e.getAuthentication()), "LOGIN", null, "SUCCESS",
                null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent e) {
        log.append(e.getAuthentication().getName(), address(e.getAuthentication()), "LOGIN", null, "FAILURE",
                e.getException().getClass().getSimpleName());
    }

    @EventListener
    void on(LogoutSuccessEvent e) {
        log.append(e.getAuthentication().getName(), address(e.getAuthentication()), "LOGOUT", null, "SUCCESS",
                null);
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> e) {
        Authentication auth = e.getAuthentication().get();
        log.append(auth == null ? null : auth.getName(), address(auth), "ACCESS_DENIED",
                describe(e.getSource()), "DENIED", null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReportCreated e) {
        log.appendWithChange(e.username(), address(null), "REPORT_CREATE", "report:" + e.reportId(), "SUCCESS", null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReportSaved e) {
        log.appendWithChange(e.username(), address(null), "REPORT_SAVE", "report:" + e.reportId(), "SUCCESS",
                "version " + e.version());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReportStatusChanged e) {
        log.appendWithChange(e.username(), address(null), "REPORT_" + e.action().name(), "report:" + e.reportId(), "SUCCESS",
                e.from() + " -> " + e.to() + (e.comment() == null ? "" : ": " + e.comment()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReportTaskHandedOver e) {
        log.appendWithChange(e.username(), address(null), "REPORT_" + e.action().name(), "report:" + e.reportId(), "SUCCESS",
                e.status() + ": " + e.username() + " -> " + e.toUser() + (e.comment() == null ? "" : ": " + e.comment()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DeclarationEvents.DeclarationCreated e) {
        log.appendWithChange(e.username(), address(null), "DECLARATION_CREATE", "declaration:" + e.declarationId(), "SUCCESS",
                null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DeclarationEvents.DeclarationSaved e) {
        log.appendWithChange(e.username(), address(null), "DECLARATION_SAVE", "declaration:" + e.declarationId(), "SUCCESS",
                "version " + e.version());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DeclarationEvents.DeclarationStatusChanged e) {
        log.appendWithChange(e.username(), address(null), "DECLARATION_" + e.action().name(), "declaration:" + e.declarationId(),
                "SUCCESS", "version " + e.version() + ", " + e.from() + " -> " + e.to()
                        + (e.comment() == null ? "" : ": " + e.comment()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DeclarationEvents.AdjustmentRequested e) {
        log.appendWithChange(e.username(), address(null), "DECLARATION_ADJUST", "declaration:" + e.declarationId(), "SUCCESS",
                "version " + e.version() + ", APPROVED -> ADJUSTMENT_REVIEW: " + e.reason());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountEvents.AccountLocked e) {
        log.appendWithChange(e.username(), address(null), "ACCOUNT_LOCK", "user:" + e.username(), "SUCCESS",
                "until " + e.until());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountEvents.AccountUnlocked e) {
        log.appendWithChange(e.by(), address(null), "ACCOUNT_UNLOCK", "user:" + e.username(), "SUCCESS", null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountEvents.PasswordChanged e) {
        log.appendWithChange(e.username(), address(null), "PASSWORD_CHANGE", "user:" + e.username(), "SUCCESS", null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountEvents.TemporaryPasswordSet e) {
        log.appendWithChange(e.by(), address(null), "PASSWORD_RESET", "user:" + e.username(), "SUCCESS", null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountEvents.RoleChanged e) {
        log.appendWithChange(e.by(), address(null), "ROLE_CHANGE", "user:" + e.username(), "SUCCESS", e.from() + " -> " + e.to());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountEvents.PasswordPolicyChanged e) {
        log.appendWithChange(e.by(), address(null), "POLICY_CHANGE", "password-policy", "SUCCESS", null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountEvents.UserCreated e) {
        log.appendWithChange(e.by(), address(null), "USER_CREATE", "user:" + e.username(), "SUCCESS", e.role().name());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountEvents.OrganisationChanged e) {
        log.appendWithChange(e.by(), address(null), "ORGANISATION_CREATE", e.kind() + ":" + e.name(), "SUCCESS", null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(FrameworkSaved e) {
        log.appendWithChange(e.by(), address(null), "FRAMEWORK_SAVE", "framework:" + e.name(), "SUCCESS", null);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RoundEvents.RoundOpened e) {
        log.appendWithChange(e.by(), address(null), "ROUND_OPEN", "round:" + e.year(), "SUCCESS",
                e.name() + ", deadline " + e.deadline() + ", " + e.departments() + " departments"
                        + (e.deadlines() == null ? "" : ", " + deadlines(e.deadlines())));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RoundEvents.RoundClosed e) {
        log.appendWithChange(e.by(), address(null), "ROUND_CLOSE", "round:" + e.year(), "SUCCESS", e.name());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MonitoringEvents.RoundOpened e) {
        log.appendWithChange(e.by(), address(null), "MONITORING_ROUND_OPEN", "monitoring-round:" + e.roundId(), "SUCCESS",
                e.year() + " " + e.name() + ", cut-off " + e.cutOff()
                        + (e.dueDate() == null ? "" : ", due " + e.dueDate()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MonitoringEvents.ReportDrafted e) {
        log.appendWithChange(e.by(), address(null), e.replaced() ? "MONITORING_REPORT_REPLACE" : "MONITORING_REPORT_CREATE",
                "monitoring-report:" + e.reportId(), "SUCCESS", "round " + e.roundId() + ", " + e.department()
                        + (e.project().isEmpty() ? "" : " / " + e.project()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MonitoringEvents.ReportSubmitted e) {
        log.appendWithChange(e.by(), address(null), "MONITORING_REPORT_SUBMIT", "monitoring-report:" + e.reportId(), "SUCCESS",
                "round " + e.roundId() + ", " + e.department() + (e.project().isEmpty() ? "" : " / " + e.project())
                        + ", " + e.warnings() + " warnings");
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReviewEvents.CommentAdded e) {
        String where = e.pin() == null ? "" : ", pin " + e.pin().part()
                + (e.pin().row() == null ? "" : "/" + e.pin().row())
                + (e.pin().column() == null ? "" : "/" + e.pin().column());
        log.appendWithChange(e.by(), address(null), e.replyTo() != null ? "COMMENT_ANSWER" : e.pin() != null ? "COMMENT_PIN"
                : "COMMENT_ADD", "report:" + e.reportId(), "SUCCESS", "comment " + e.commentId() + ", round "
                + e.round() + (e.replyTo() == null ? "" : ", answers " + e.replyTo()) + where);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReviewEvents.CommentEdited e) {
        log.appendWithChange(e.by(), address(null), "COMMENT_EDIT", "report:" + e.reportId(), "SUCCESS",
                "comment " + e.commentId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReviewEvents.PinResolved e) {
        log.appendWithChange(e.by(), address(null), e.resolved() ? "PIN_RESOLVE" : "PIN_REOPEN", "report:" + e.reportId(),
                "SUCCESS", "comment " + e.commentId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(RoundEvents.RoundDeadlinesChanged e) {
        log.appendWithChange(e.by(), address(null), "ROUND_DEADLINES", "round:" + e.year(), "SUCCESS",
                e.name() + ": " + deadlines(e.from()) + " -> " + deadlines(e.to()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccountEvents.EmailChanged e) {
        log.appendWithChange(e.by(), address(null), "EMAIL_CHANGE", "user:" + e.username(), "SUCCESS",
                e.email() == null ? "removed" : e.email());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccessTokenEvents.TokenCreated e) {
        log.appendWithChange(e.username(), address(null), "TOKEN_CREATE", "token:" + e.tokenId(), "SUCCESS",
                e.name() + ", expires " + e.expiresAt());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccessTokenEvents.TokenUsedFromNewAddress e) {
        log.appendWithChange(e.username(), e.address(), "TOKEN_USE", "token:" + e.tokenId(), "SUCCESS",
                e.name() + ", new address " + e.address()
                        + (e.previousAddress() == null ? " (first use)" : " (last " + e.previousAddress() + ")"));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AccessTokenEvents.TokenRevoked e) {
        log.appendWithChange(e.username(), address(null), "TOKEN_REVOKE", "token:" + e.tokenId(), "SUCCESS", e.name());
    }

    /** The four due dates as a line of the log: submission/bureau review/finance sign-off/publication. */
    private static String deadlines(cn.perfeval.tracking.Deadlines d) {
        return "submission " + d.submission() + ", bureau review " + d.bureauReview() + ", finance sign-off "
                + d.financeSignOff() + ", publication " + d.publication();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(EvidenceEvents.EvidenceAdded e) {
        log.appendWithChange(e.username(), address(null), "EVIDENCE_ADD", "report:" + e.reportId(), "SUCCESS",
                "round " + e.round() + ", file " + e.fileId() + " " + e.fileName() + ", sha256 " + e.sha256());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(EvidenceEvents.EvidenceRemoved e) {
        log.appendWithChange(e.username(), address(null), "EVIDENCE_REMOVE", "report:" + e.reportId(), "SUCCESS",
                "round " + e.round() + ", file " + e.fileId() + " " + e.fileName());
    }

    /** The refused method ({@code ReportService.importDocument}) or request ({@code GET /api/...}). */
    private static String describe(Object source) {
        if (source instanceof MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        if (source instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return source.getClass().getSimpleName();
    }

    private static String address(Authentication auth) {
        if (auth != null && auth.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
