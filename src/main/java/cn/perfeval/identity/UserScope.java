package cn.perfeval.identity;

/**
 * The signed-in user as the other modules see it: who, which role, and the organisation the
 * role applies to (a department for drafters and bureau reviewers, a region for finance).
 */
public record UserScope(Long userId, String username, String displayName, Role role, Long departmentId,
        Long regionId) {

    public boolean has(Role r) {
        return role == r;
    }

    /** Whether this user may see the reports of the given department. */
    public boolean canSee(DepartmentInfo department) {
        return switch (role) {
            case ADMIN -> true;
            case DRAFTER, BUREAU_REVIEWER -> departmentId != null && departmentId == department.id();
            case FINANCE_REVIEWER -> regionId != null && regionId == department.regionId();
            case AUDITOR, SECURITY_ADMIN -> false;
        };
    }

    /** Whether this user acts for the given department (drafter or bureau reviewer of it). */
    public boolean belongsTo(long department) {
        return departmentId != null && departmentId == department
                && (role == Role.DRAFTER || role == Role.BUREAU_REVIEWER);
    }
}
