package cn.perfeval.review;

/** What happens to a report's comments, for the audit log. */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    /**
     * A comment was written: on the report, pinned ({@code pin} not null) or as an answer
     * ({@code replyTo} not null).
     */
    public record CommentAdded(long reportId, long commentId, int round, Long replyTo, PinAnchor pin, String by) {
    }

    /** The author changed the text of its comment while the round was open. */
    public record CommentEdited(long reportId, long commentId, String by) {
    }

    /** A pin was resolved ({@code resolved}) or reopened. */
    public record PinResolved(long reportId, long commentId, boolean resolved, String by) {
    }
}
