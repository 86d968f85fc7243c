package cn.perfeval.tracking;

import java.time.Instant;
import java.time.LocalDate;

/** What the screens show of a round. */
public record RoundInfo(long id, int year, String name, LocalDate deadline, boolean open, int departments,
        Instant openedAt, String openedBy, Instant closedAt, String closedBy) {
}
