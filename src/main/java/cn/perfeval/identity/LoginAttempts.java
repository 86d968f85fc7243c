package cn.perfeval.identity;

import cn.perfeval.identity.AccountEvents.AccountLocked;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins (form and HTTP Basic alike) and locks an account for the policy's minutes
 * once the failures in a row reach its threshold. The lock runs out by itself, so nobody can lock
 * a user out for good; a successful login clears the count.
 */
@Component
class LoginAttempts {

    private final AppUserRepository users;
    private final Passwords passwords;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TransactionTemplate writes;

    LoginAttempts(AppUserRepository users, Passwords passwords, ApplicationEventPublisher publisher, Clock clock,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.passwords = passwords;
        this.publisher = publisher;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
    }

    /** A wrong password for an existing account (an unknown name changes nothing). */
    @EventListener
    @Transactional
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null || users.countFailure(username) == 0) {
            return;
        }
        PasswordRules rules = passwords.rules();
        Instant until = clock.instant().truncatedTo(ChronoUnit.MICROS).plus(Duration.ofMinutes(rules.lockoutMinutes()));
        if (users.lockWhenReached(username, rules.lockoutThreshold(), until) == 1) {
            publisher.publishEvent(new AccountLocked(username, until));
        }
    }

    /**
     * Clears the failures a successful login follows. Most logins follow none: they open no
     * transaction and write nothing (the principal, just read, tells whether there is anything to
     * clear).
     */
    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user && user.failuresToForget()) {
            writes.executeWithoutResult(status -> users.forgetFailures(user.getUsername(), clock.instant()));
        }
    }
}
