package cn.perfeval.tracking;

import cn.perfeval.report.ReportStatus;

/** Where a department of a round stands: no report yet (未开始), or its report's status. */
public enum TrackedStatus {
    NOT_STARTED, DRAFTING, BUREAU_REVIEW, FINANCE_REVIEW, APPROVED, PUBLISHED;

    static TrackedStatus of(ReportStatus status) {
        return status == null ? NOT_STARTED : valueOf(status.name());
    }

    /** Finance has approved it: the round's deadline is met. */
    public boolean approved() {
        return this == APPROVED || this == PUBLISHED;
    }

    public String labelKey() {
        return "status." + name();
    }
}
