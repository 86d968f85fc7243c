package cn.perfeval.tracking;

import cn.perfeval.report.ReportStatus;
import cn.perfeval.workflow.Step;

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

    /** The step a department in this status has to take next; null once published. */
    public Step step() {
        return switch (this) {
            case NOT_STARTED, DRAFTING -> Step.DRAFTING;
            case BUREAU_REVIEW -> Step.BUREAU_REVIEW;
            case FINANCE_REVIEW -> Step.FINANCE_SIGN_OFF;
            case APPROVED -> Step.PUBLICATION;
            case PUBLISHED -> null;
        };
    }

    public String labelKey() {
        return "status." + name();
    }
}
