package cn.perfeval.checks;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored scoring framework as a list shows it. */
public record FrameworkSummary(String name, BigDecimal totalPoints, int items, Instant updatedAt, String updatedBy) {
}
