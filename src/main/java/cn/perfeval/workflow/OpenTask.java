package cn.perfeval.workflow;

import cn.perfeval.report.ReportSummary;
import java.time.Instant;
import java.time.LocalDate;

/** A task waiting for the current user: which report, which step, since when, due when (null: no due date). */
public record OpenTask(ReportSummary report, Step step, Instant since, LocalDate due) {
}
