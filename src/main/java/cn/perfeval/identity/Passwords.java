package cn.perfeval.identity;

import cn.perfeval.base.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The password policy as stored (seeded from {@code perfeval.security.*} on the first start), the
 * checks of a new password against it and the user's history, and the setting of a password.
 * Callers are the identity services, which do the authorisation.
 */
@Component
class Passwords {

    private final PasswordPolicyRepository policies;
    private final PasswordHistoryRepository history;
    private final PasswordEncoder encoder;
    private final AccountSecurityProperties defaults;
    private final Clock clock;

    Passwords(PasswordPolicyRepository policies, PasswordHistoryRepository history, PasswordEncoder encoder,
            AccountSecurityProperties defaults, Clock clock) {
        this.policies = policies;
        this.history = history;
        this.encoder = encoder;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** Stores the configured defaults as the policy when the database has none yet. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void seed() {
        if (policies.existsById(PasswordPolicy.ID)) {
            return;
        }
        try {
            policies.saveAndFlush(new PasswordPolicy(defaults.rules(), clock.instant(), null));
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            // Another instance of the portal seeded the row at the same moment; theirs stands.
        }
    }

    @Transactional(readOnly = true)
    PasswordRules rules() {
        return policies.findById(PasswordPolicy.ID).map(PasswordPolicy::rules).orElseGet(defaults::rules);
    }

    @Transactional
    void updateRules(PasswordRules rules, String by) {
        PasswordPolicy policy = policies.findById(PasswordPolicy.ID).orElse(null);
        if (policy == null) {
            policies.save(new PasswordPolicy(rules, clock.instant(), by));
        } else {
            policy.apply(rules, clock.instant(), by);
        }
    }

    /** The policy's problems with a new password for the user, and with reuse of one of their latest. */
    List<FieldProblem> problems(String field, AppUser user, String raw, boolean checkHistory) {
        PasswordRules rules = rules();
        List<FieldProblem> problems = new ArrayList<>(rules.check(field, user.getUsername(), raw));
        if (problems.isEmpty() && checkHistory && usedLately(user, raw, rules.history())) {
            problems.add(FieldProblem.of(field, "error.password.reused", rules.history()));
        }
        return problems;
    }

    boolean matches(AppUser user, String raw) {
        return raw != null && encoder.matches(raw, user.getPasswordHash());
    }

    /** Whether the password is the current one or one of the {@code count} latest (the current one included). */
    private boolean usedLately(AppUser user, String raw, int count) {
        if (count <= 0) {
            return false;
        }
        if (matches(user, raw)) {
            return true;
        }
        return history.findByUserIdOrderByCreatedAtDescIdDesc(user.getId()).stream().limit(count)
                .anyMatch(entry -> encoder.matches(raw, entry.getPasswordHash()));
    }

    String encode(String raw) {
        return encoder.encode(raw);
    }

    /** Hashes and sets the password (a temporary one must be changed at the next login) and keeps it in the history. */
    void set(AppUser user, String raw, boolean temporary) {
        user.setPassword(encoder.encode(raw), temporary, clock.instant());
        remember(user);
    }

    /** Keeps the user's current password in the history, forgetting the oldest beyond what the policy can ask for. */
    void remember(AppUser user) {
        history.save(new PasswordHistoryEntry(user.getId(), user.getPasswordHash(), clock.instant()));
        List<PasswordHistoryEntry> kept = history.findByUserIdOrderByCreatedAtDescIdDesc(user.getId());
        if (kept.size() > PasswordRules.MAX_HISTORY) {
            history.deleteAll(kept.subList(PasswordRules.MAX_HISTORY, kept.size()));
        }
    }
}
