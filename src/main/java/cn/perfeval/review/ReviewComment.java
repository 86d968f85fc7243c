package cn.perfeval.review;

import cn.perfeval.identity.Role;
import java.time.Instant;
import java.util.List;

/**
 * A comment of a report's thread as the caller sees it, with its answers (oldest first) and what
 * the caller may do with it.
 *
 * @param round the report's round the comment was written in
 * @param replyTo the comment this one answers; null for a comment of the thread itself
 * @param pin where the comment is pinned; null for a comment on the report as a whole
 * @param resolvedBy who resolved the pin; null while it is open
 * @param mayEdit whether the caller may change the text: its own, while the round is open
 * @param mayResolve whether the caller may resolve or reopen the pin: the drafter or the pin's author
 */
public record ReviewComment(long id, long reportId, int round, Long replyTo, String author, Role authorRole,
        Instant at, Instant editedAt, String text, PinAnchor pin, String resolvedBy, Instant resolvedAt,
        List<ReviewComment> answers, boolean mayEdit, boolean mayResolve) {

    public boolean pinned() {
        return pin != null;
    }

    /** A pin nobody has resolved yet. */
    public boolean open() {
        return pin != null && resolvedAt == null;
    }
}
