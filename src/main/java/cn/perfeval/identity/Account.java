package cn.perfeval.identity;

import java.time.Instant;

/**
 * An account as the security administrator sees it: who, which role in which organisation, until
 * when it is locked (null when it is not locked now), and whether a temporary password awaits change.
 */
public record Account(String username, String displayName, Role role, String organisation, Instant lockedUntil,
        boolean mustChangePassword, int failedLogins) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
