package cn.perfeval.identity;

import cn.perfeval.base.LookupCaches;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.AccountEvents.AccountUnlocked;
import cn.perfeval.identity.AccountEvents.PasswordPolicyChanged;
import cn.perfeval.identity.AccountEvents.RoleChanged;
import cn.perfeval.identity.AccountEvents.TemporaryPasswordSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security administrator's work (安全管理员): roles, the password policy, unlocking accounts
 * and temporary passwords. Nobody changes their own role or lifts their own lock.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SECURITY_ADMIN')")
public class SecurityAdministration {

    private final LookupCaches caches;
    private final AppUserRepository users;
    private final Passwords passwords;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SecurityAdministration(AppUserRepository users, Passwords passwords, CurrentUser currentUser,
            ApplicationEventPublisher publisher, Clock clock, LookupCaches caches) {
        this.caches = caches;
        this.users = users;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Every account, by username. */
    @Transactional(readOnly = true)
    public List<Account> accounts() {
        Instant now = clock.instant();
        return users.findAllByOrderByUsernameAsc().stream().map(u -> Account.of(u, now)).toList();
    }

    /** Lifts a lock before it runs out, and forgets the failed logins. */
    public void unlock(String username) {
        AppUser user = other(username);
        user.unlock();
        publisher.publishEvent(new AccountUnlocked(username, me()));
    }

    /** Sets a temporary password, which the user must change at their next login. */
    public void setTemporaryPassword(String username, String temporary) {
        AppUser user = other(username);
        List<FieldProblem> problems = passwords.problems("temporaryPassword", user, temporary, false);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        passwords.set(user, temporary, true);
        publisher.publishEvent(new TemporaryPasswordSet(username, me()));
    }

    /**
     * Gives the user another role. The organisation follows the role: drafters and bureau
     * reviewers keep their department, a finance reviewer gets the region (their own or their
     * department's), the three administrators belong to none. The last holder of an
     * administrator role keeps it.
     */
    public void changeRole(String username, Role to) {
        caches.changed(Directory.DEPARTMENTS, Directory.VISIBILITY, Directory.USERS);
        if (to == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("role", "doc.required")));
        }
        AppUser user = other(username);
        Role from = user.getRole();
        if (from == to) {
            return;
        }
        if (from.isAdministrator() && users.countByRole(from) <= 1) {
            throw new ActionRefusedException("error.role.last-holder", new LocalizedMessage("role." + from.name()));
        }
        Department department = user.getDepartment();
        Region region = user.getRegion() != null ? user.getRegion()
                : department != null ? department.getRegion() : null;
        switch (to) {
            case DRAFTER, BUREAU_REVIEWER -> {
                if (department == null) {
                    throw new ActionRefusedException("error.user.scope-mismatch", new LocalizedMessage("role." + to.name()));
                }
                user.setRole(to, department, null);
            }
            case FINANCE_REVIEWER -> {
                if (region == null) {
                    throw new ActionRefusedException("error.user.scope-mismatch", new LocalizedMessage("role." + to.name()));
                }
                user.setRole(to, null, region);
            }
            case ADMIN, AUDITOR, SECURITY_ADMIN -> user.setRole(to, null, null);
        }
        publisher.publishEvent(new RoleChanged(username, from, to, me()));
    }

    @Transactional(readOnly = true)
    public PasswordRules passwordRules() {
        return passwords.rules();
    }

    /** Stores new password and lockout settings; every setting out of its range is listed and nothing changes. */
    public void updatePasswordRules(PasswordRules rules) {
        List<FieldProblem> problems = rules.validate();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        passwords.updateRules(rules, me());
        publisher.publishEvent(new PasswordPolicyChanged(me()));
    }

    /** Another user's account: one's own is not the security administrator's to act on. */
    private AppUser other(String username) {
        if (username != null && username.equals(me())) {
            throw new ActionRefusedException("error.account.not-yourself");
        }
        return users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("error.user.not-found", username));
    }

    private String me() {
        return currentUser.require().username();
    }
}
