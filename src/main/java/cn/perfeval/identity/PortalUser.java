package cn.perfeval.identity;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The authenticated principal: Spring Security's user plus the portal's scope. An account whose
 * lock has not yet run out at the time of loading is reported as locked, so that Spring Security
 * refuses it before the password is even looked at.
 */
class PortalUser extends User {

    private final UserScope scope;
    private final boolean mustChangePassword;
    private final boolean failuresToForget;

    PortalUser(AppUser user, Instant now) {
        super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, !user.isLockedAt(now),
                List.of(new SimpleGrantedAuthority(user.scope().role().authority())));
        this.scope = user.scope();
        this.mustChangePassword = user.isMustChangePassword();
        this.failuresToForget = user.getFailedLogins() > 0 || user.getLockedUntil() != null;
    }

    UserScope scope() {
        return scope;
    }

    /** Whether the user signed in with a temporary password and must choose their own first. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether failed logins or a lock that has run out are on record, to be cleared by this login. */
    boolean failuresToForget() {
        return failuresToForget;
    }
}
