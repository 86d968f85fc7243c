package cn.perfeval.tracking;

/** What happens to rounds, for the audit log. */
public final class RoundEvents {

    private RoundEvents() {
    }

    /** A round was opened for {@code departments} departments. */
    public record RoundOpened(long roundId, int year, String name, java.time.LocalDate deadline, int departments,
            String by) {
    }

    /** A round was closed. */
    public record RoundClosed(long roundId, int year, String name, String by) {
    }
}
