package cn.perfeval.workflow;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.ReportSummary;

/**
 * What a batch sign-off did with one report: approved (and {@code report} is it afterwards), or
 * skipped with the reason ({@code report} is it as it stands, or null when the caller may not see it).
 */
public record BatchOutcome(long reportId, ReportSummary report, boolean approved, LocalizedMessage reason) {

    static BatchOutcome approved(ReportSummary after) {
        return new BatchOutcome(after.id(), after, true, null);
    }

    static BatchOutcome skipped(long reportId, ReportSummary report, LocalizedMessage reason) {
        return new BatchOutcome(reportId, report, false, reason);
    }
}
