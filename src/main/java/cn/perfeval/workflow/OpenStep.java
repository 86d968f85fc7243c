package cn.perfeval.workflow;

import java.time.Instant;

/** Where a report's process waits: the step and since when. */
public record OpenStep(long reportId, Step step, Instant since) {
}
