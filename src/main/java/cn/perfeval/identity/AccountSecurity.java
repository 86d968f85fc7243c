package cn.perfeval.identity;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.identity.AccountEvents.PasswordChanged;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: the password policy, changing the password, and whether they must. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountSecurity {

    private final AppUserRepository users;
    private final Passwords passwords;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;

    AccountSecurity(AppUserRepository users, Passwords passwords, CurrentUser currentUser,
            ApplicationEventPublisher publisher) {
        this.users = users;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.publisher = publisher;
    }

    /** The rules a new password must follow. */
    @Transactional(readOnly = true)
    public PasswordRules passwordRules() {
        return passwords.rules();
    }

    /**
     * Replaces the user's password after checking the current one, the policy and the latest
     * passwords; every problem is listed ({@code currentPassword}, {@code newPassword}) and
     * nothing changes while there is one.
     */
    public void changePassword(String current, String next) {
        AppUser user = me();
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            problems.add(FieldProblem.of("currentPassword", "doc.required"));
        } else if (!passwords.matches(user, current)) {
            problems.add(FieldProblem.of("currentPassword", "error.password.current-wrong"));
        }
        problems.addAll(passwords.problems("newPassword", user, next, true));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        passwords.set(user, next, false);
        publisher.publishEvent(new PasswordChanged(user.getUsername()));
    }

    /** Whether the user holds a temporary password and must choose their own before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return users.findByUsername(currentUser.require().username()).map(AppUser::isMustChangePassword)
                .orElse(false);
    }

    private AppUser me() {
        String username = currentUser.require().username();
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("No account " + username));
    }
}
