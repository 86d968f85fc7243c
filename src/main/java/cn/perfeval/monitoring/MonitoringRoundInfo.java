package cn.perfeval.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/** What the screens and the API show of a monitoring round; {@code dueDate} may be null. */
public record MonitoringRoundInfo(long id, int year, String name, LocalDate cutOff, LocalDate dueDate,
        Instant openedAt, String openedBy) {
}
