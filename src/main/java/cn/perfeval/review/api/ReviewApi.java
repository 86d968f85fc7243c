package cn.perfeval.review.api;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.identity.Role;
import cn.perfeval.review.PinAnchor;
import cn.perfeval.review.ReviewComment;
import cn.perfeval.review.ReviewComments;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/reports/{id}/comments}: the report's comment thread; a new comment, pinned or not, or
 * an answer; changing one's own text; resolving and reopening a pin.
 */
@RestController
@RequestMapping("/api/reports/{id}/comments")
class ReviewApi {

    private final ReviewComments comments;

    ReviewApi(ReviewComments comments) {
        this.comments = comments;
    }

    record PinBody(String part, String row, String column) {
    }

    record NewComment(String text, PinBody pin, Long replyTo) {
    }

    record TextBody(String text) {
    }

    record Item(long id, int round, Long replyTo, String author, Role authorRole, Instant at, Instant editedAt,
            String text, PinAnchor pin, boolean resolved, String resolvedBy, Instant resolvedAt, List<Item> answers) {

        static Item of(ReviewComment c) {
            return new Item(c.id(), c.round(), c.replyTo(), c.author(), c.authorRole(), c.at(), c.editedAt(), c.text(),
                    c.pin(), c.resolvedAt() != null, c.resolvedBy(), c.resolvedAt(),
                    c.answers().stream().map(Item::of).toList());
        }
    }

    /** The thread: comments of the thread, newest round first, each with its answers. */
    @GetMapping
    List<Item> thread(@PathVariable long id) {
        return comments.thread(id).comments().stream().map(Item::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Item add(@PathVariable long id, @RequestBody(required = false) NewComment body) {
        NewComment c = body == null ? new NewComment(null, null, null) : body;
        if (c.replyTo() != null && c.pin() != null) {
            throw new InvalidInputException(List.of(FieldProblem.of("pin", "error.review.pin-on-answer")));
        }
        ReviewComment added = c.replyTo() != null ? comments.answer(id, c.replyTo(), c.text())
                : c.pin() != null ? comments.pin(id, c.text(), new PinAnchor(c.pin().part(), c.pin().row(),
                        c.pin().column()))
                : comments.comment(id, c.text());
        return Item.of(added);
    }

    @PutMapping("/{cid}")
    Item edit(@PathVariable long id, @PathVariable long cid, @RequestBody(required = false) TextBody body) {
        return Item.of(comments.edit(id, cid, body == null ? null : body.text()));
    }

    @PostMapping("/{cid}/resolve")
    Item resolve(@PathVariable long id, @PathVariable long cid) {
        return Item.of(comments.resolve(id, cid));
    }

    @PostMapping("/{cid}/reopen")
    Item reopen(@PathVariable long id, @PathVariable long cid) {
        return Item.of(comments.reopen(id, cid));
    }
}
