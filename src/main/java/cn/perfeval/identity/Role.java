package cn.perfeval.identity;

/** The roles of the portal; a user holds exactly one. */
public enum Role {
    /** 填报人: drafts and submits its department's reports. */
    DRAFTER,
    /** 局审核人: checks its department's drafts, passes or returns them. */
    BUREAU_REVIEWER,
    /** 财政审核人: signs off or returns the reports of its region. */
    FINANCE_REVIEWER,
    /** 管理员: organisation, users, rounds; tracks every report. */
    ADMIN,
    /** 审计员: reads the audit log, nothing else. */
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}. */
    public static final class Names {
        public static final String DRAFTER = "DRAFTER";
        public static final String BUREAU_REVIEWER = "BUREAU_REVIEWER";
        public static final String FINANCE_REVIEWER = "FINANCE_REVIEWER";
        public static final String ADMIN = "ADMIN";
        public static final String AUDITOR = "AUDITOR";

        private Names() {
        }
    }
}
