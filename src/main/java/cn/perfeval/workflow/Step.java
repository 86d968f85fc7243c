package cn.perfeval.workflow;

import cn.perfeval.report.ReportStatus;
import java.util.Arrays;
import java.util.Optional;

/** The user tasks of the process, by their BPMN ids, and the report status each one means. */
public enum Step {
    DRAFTING("draftReport", ReportStatus.DRAFTING),
    BUREAU_REVIEW("bureauReview", ReportStatus.BUREAU_REVIEW),
    FINANCE_SIGN_OFF("financeSignOff", ReportStatus.FINANCE_REVIEW),
    PUBLICATION("publishReport", ReportStatus.APPROVED);

    private final String taskKey;
    private final ReportStatus status;

    Step(String taskKey, ReportStatus status) {
        this.taskKey = taskKey;
        this.status = status;
    }

    String taskKey() {
        return taskKey;
    }

    public ReportStatus status() {
        return status;
    }

    public String labelKey() {
        return "step." + taskKey;
    }

    static Optional<Step> ofTaskKey(String key) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(key)).findFirst();
    }
}
