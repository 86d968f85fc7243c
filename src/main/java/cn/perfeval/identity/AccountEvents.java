package cn.perfeval.identity;

import java.time.Instant;

/** Domain events of accounts and their passwords; {@code by} names the administrator who acted. */
public final class AccountEvents {

    private AccountEvents() {
    }

    /** Too many failed logins in a row: the account is locked until the given time. */
    public record AccountLocked(String username, Instant until) {
    }

    /** The security administrator lifted a lock before it ran out. */
    public record AccountUnlocked(String username, String by) {
    }

    /** The user changed their own password. */
    public record PasswordChanged(String username) {
    }

    /** The security administrator set a temporary password, to be changed at the next login. */
    public record TemporaryPasswordSet(String username, String by) {
    }

    /** The security administrator gave the user another role. */
    public record RoleChanged(String username, Role from, Role to, String by) {
    }

    /** The security administrator changed the password policy or the lockout settings. */
    public record PasswordPolicyChanged(String by) {
    }

    /** An administrator created a user. */
    public record UserCreated(String username, Role role, String by) {
    }

    /** The system administrator created a region or a department ({@code kind}: region, department). */
    public record OrganisationChanged(String kind, String name, String by) {
    }

    /** An administrator set or removed the e-mail address of a user ({@code email} null: removed). */
    public record EmailChanged(String username, String email, String by) {
    }
}
