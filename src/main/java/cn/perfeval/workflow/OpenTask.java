package cn.perfeval.workflow;

import cn.perfeval.report.ReportSummary;
import java.time.Instant;

/** A task waiting for the current user: which report, which step, since when. */
public record OpenTask(ReportSummary report, Step step, Instant since) {
}
