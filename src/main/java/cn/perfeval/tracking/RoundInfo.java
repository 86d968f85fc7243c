package cn.perfeval.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the screens show of a round.
 *
 * @param deadline the submission deadline (填报截止), also in {@code deadlines}
 * @param deadlines the due date of each step
 */
public record RoundInfo(long id, int year, String name, LocalDate deadline, boolean open, int departments,
        Instant openedAt, String openedBy, Instant closedAt, String closedBy, Deadlines deadlines) {
}
