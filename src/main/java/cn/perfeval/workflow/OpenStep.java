package cn.perfeval.workflow;

import java.time.Instant;
import java.time.LocalDate;

/** Where a report's process waits: the step, since when and due when (null: no due date). */
public record OpenStep(long reportId, Step step, Instant since, LocalDate due) {
}
