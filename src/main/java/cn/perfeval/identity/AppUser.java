package cn.perfeval.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_id")
    private Region region;

    private boolean enabled = true;

    /** Failed logins since the last successful one (or the last lock). */
    private int failedLogins;

    /** Until when the account is locked after too many failed logins; in the past or null: not locked. */
    private Instant lockedUntil;

    /** Set with a temporary password: the user must choose their own before doing anything else. */
    private boolean mustChangePassword;

    private Instant passwordChangedAt;

    /** Where notifications are mailed, when mail is set up; optional. */
    private String email;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Role role, Department department, Region region) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.department = department;
        this.region = region;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Role getRole() {
        return role;
    }

    String getDisplayName() {
        return displayName;
    }

    Department getDepartment() {
        return department;
    }

    Region getRegion() {
        return region;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** A new password hash; a temporary one must be changed at the next login. */
    void setPassword(String hash, boolean temporary, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = temporary;
        this.passwordChangedAt = now;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    void unlock() {
        this.lockedUntil = null;
        this.failedLogins = 0;
    }

    void setRole(Role role, Department department, Region region) {
        this.role = role;
        this.department = department;
        this.region = region;
    }

    /** The department's or the region's name; empty for the administrators. */
    String organisation() {
        return department != null ? department.getName() : region != null ? region.getName() : "";
    }

    UserScope scope() {
        Long regionId = region != null ? region.getId() : department != null ? department.getRegion().getId() : null;
        return new UserScope(id, username, displayName, role,
                department != null ? department.getId() : null, regionId);
    }
}
