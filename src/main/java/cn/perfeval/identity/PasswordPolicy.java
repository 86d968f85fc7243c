package cn.perfeval.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row of password and lockout settings, edited by the security administrator. */
@Entity
@Table(name = "password_policy")
class PasswordPolicy {

    /** The only row's id. */
    static final long ID = 1L;

    @Id
    private Long id;

    private int minLength;
    private int minClasses;
    private int historyCount;
    private int lockoutThreshold;
    private int lockoutMinutes;
    private Instant updatedAt;
    private String updatedBy;

    protected PasswordPolicy() {
    }

    PasswordPolicy(PasswordRules rules, Instant at, String by) {
        this.id = ID;
        apply(rules, at, by);
    }

    void apply(PasswordRules rules, Instant at, String by) {
        this.minLength = rules.minLength();
        this.minClasses = rules.minClasses();
        this.historyCount = rules.history();
        this.lockoutThreshold = rules.lockoutThreshold();
        this.lockoutMinutes = rules.lockoutMinutes();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    PasswordRules rules() {
        return new PasswordRules(minLength, minClasses, historyCount, lockoutThreshold, lockoutMinutes);
    }
}
