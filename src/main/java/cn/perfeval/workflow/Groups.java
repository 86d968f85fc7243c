package cn.perfeval.workflow;

import cn.perfeval.identity.Role;
import cn.perfeval.identity.UserScope;
import java.util.List;

/** Candidate groups of the process: a role within a department or a region. */
final class Groups {

    private Groups() {
    }

    static String department(long departmentId, Role role) {
        return "dept:" + departmentId + ":" + role.name();
    }

    static String region(long regionId, Role role) {
        return "region:" + regionId + ":" + role.name();
    }

    /** The groups the user acts in; none for the three administrators. */
    static List<String> of(UserScope user) {
        return switch (user.role()) {
            case DRAFTER, BUREAU_REVIEWER -> user.departmentId() == null ? List.of()
                    : List.of(department(user.departmentId(), user.role()));
            case FINANCE_REVIEWER -> user.regionId() == null ? List.of()
                    : List.of(region(user.regionId(), user.role()));
            case ADMIN, AUDITOR, SECURITY_ADMIN -> List.of();
        };
    }
}
