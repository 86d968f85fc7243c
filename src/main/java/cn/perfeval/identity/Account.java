package cn.perfeval.identity;

import java.time.Instant;

/**
 * An account as the security administrator sees it: who, which role in which organisation, until
 * when it is locked (null when it is not locked now), and whether a temporary password awaits change.
 */
public record Account(String username, String displayName, Role role, String organisation, Instant lockedUntil,
        boolean mustChangePassword, int failedLogins, String email) {

    public boolean locked() {
        return lockedUntil != null;
    }

    static Account of(AppUser u, Instant now) {
        return new Account(u.getUsername(), u.getDisplayName(), u.getRole(), u.organisation(),
                u.isLockedAt(now) ? u.getLockedUntil() : null, u.isMustChangePassword(), u.getFailedLogins(),
                u.getEmail());
    }
}
