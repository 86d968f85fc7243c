package cn.perfeval.checks;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored scoring framework as a list shows it, with its stable key ({@code null} where it has none). */
public record FrameworkSummary(String name, BigDecimal totalPoints, int items, Instant updatedAt, String updatedBy,
        String key) {
}
