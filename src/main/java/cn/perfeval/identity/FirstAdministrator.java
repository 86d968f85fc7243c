package cn.perfeval.identity;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates an administrator from the operator's command line, where nobody is signed in: the way
 * into a fresh production database, which has no user at all. The password follows the policy and
 * must be changed at the first sign-in; the creation is audited like any other.
 */
@Service
class FirstAdministrator {

    /** Who the audit line names as the creator. */
    static final String ACTOR = "system:create-admin";

    private final AppUserRepository users;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FirstAdministrator(AppUserRepository users, Passwords passwords, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws ActionRefusedException when the username is taken
     * @throws InvalidInputException when the password breaks the policy
     */
    @Transactional
    void create(String username, String displayName, String rawPassword, Role role) {
        if (!role.isAdministrator()) {
            throw new IllegalArgumentException("not an administrator role: " + role);
        }
        if (users.findByUsername(username).isPresent()) {
            throw new ActionRefusedException("error.user.exists", username);
        }
        AppUser user = new AppUser(username, displayName, "", role, null, null);
        List<FieldProblem> problems = passwords.problems("password", user, rawPassword, false);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        user.setPassword(passwords.encode(rawPassword), true, clock.instant());
        user = users.save(user);
        passwords.remember(user);
        events.publishEvent(new AccountEvents.UserCreated(username, role, ACTOR));
    }
}
