package cn.perfeval.tracking;

/** What happens to rounds, for the audit log. */
public final class RoundEvents {

    private RoundEvents() {
    }

    /** A round was opened for {@code departments} departments; {@code deadline} is its submission deadline. */
    public record RoundOpened(long roundId, int year, String name, java.time.LocalDate deadline, int departments,
            String by, Deadlines deadlines) {
    }

    /** A round was closed. */
    public record RoundClosed(long roundId, int year, String name, String by) {
    }

    /** The administrator changed the due dates of a round's steps. */
    public record RoundDeadlinesChanged(long roundId, int year, String name, Deadlines from, Deadlines to,
            String by) {
    }
}
