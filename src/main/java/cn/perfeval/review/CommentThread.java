package cn.perfeval.review;

import java.util.List;

/**
 * A report's comments as the caller sees them, newest round first and, within a round, oldest
 * first; and what the caller may add now.
 *
 * @param round the report's current round
 * @param mayComment whether the caller may write a comment on the report now
 * @param mayPin whether the caller may pin a comment now (a reviewer, at its step)
 * @param mayAnswer whether the caller may answer comments now
 */
public record CommentThread(long reportId, int round, boolean mayComment, boolean mayPin, boolean mayAnswer,
        List<ReviewComment> comments) {

    /** The pins nobody has resolved yet, oldest first. */
    public List<ReviewComment> openPins() {
        return comments.stream().filter(ReviewComment::open)
                .sorted(java.util.Comparator.comparing(ReviewComment::at).thenComparing(ReviewComment::id)).toList();
    }
}
