package cn.perfeval.identity;

/**
 * The roles of the portal; a user holds exactly one. The three administrators (三员) are kept
 * apart: the system administrator, the security administrator and the auditor; none of them
 * drafts, reviews or approves a report.
 */
public enum Role {
    /** 填报人: drafts and submits its department's reports. */
    DRAFTER,
    /** 局审核人: checks its department's drafts, passes or returns them. */
    BUREAU_REVIEWER,
    /** 财政审核人: signs off or returns the reports of its region. */
    FINANCE_REVIEWER,
    /** 系统管理员: organisation and the users of the business roles; tracks every report. */
    ADMIN,
    /** 审计员: reads the audit log, nothing else. */
    AUDITOR,
    /** 安全管理员: roles, the password policy, unlocking accounts, temporary passwords. */
    SECURITY_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this is one of the three administrator roles (系统管理员, 安全管理员, 审计员). */
    public boolean isAdministrator() {
        return this == ADMIN || this == SECURITY_ADMIN || this == AUDITOR;
    }

    /** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}. */
    public static final class Names {
        public static final String DRAFTER = "DRAFTER";
        public static final String BUREAU_REVIEWER = "BUREAU_REVIEWER";
        public static final String FINANCE_REVIEWER = "FINANCE_REVIEWER";
        public static final String ADMIN = "ADMIN";
        public static final String AUDITOR = "AUDITOR";
        public static final String SECURITY_ADMIN = "SECURITY_ADMIN";

        private Names() {
        }
    }
}
