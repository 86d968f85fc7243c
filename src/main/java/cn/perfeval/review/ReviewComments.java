package cn.perfeval.review;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.Role;
import cn.perfeval.identity.UserScope;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.review.ReviewEvents.CommentAdded;
import cn.perfeval.review.ReviewEvents.CommentEdited;
import cn.perfeval.review.ReviewEvents.PinResolved;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comment thread of a report. Every method first reads the report through
 * {@link ReportService#summary(long)}, so a report outside the caller's scope is not found, and
 * then checks what the caller's role allows on that report:
 * <ul>
 * <li>comments on the report and answers: its department's drafters and bureau reviewers and the
 * finance reviewers of its region;</li>
 * <li>pins: the bureau reviewers while the report is in bureau review, the finance reviewers while
 * it is in finance sign-off;</li>
 * <li>resolving and reopening a pin: the department's drafters and the pin's author;</li>
 * <li>changing a text: its author, while the round it was written in is open (the report's
 * current round; a resubmission after a return closes it).</li>
 * </ul>
 * Once the report is approved the thread is closed: it is read, never changed.
 */
@Service
@Transactional
public class ReviewComments {

    /** The longest text of a comment, in characters. */
    public static final int MAX_TEXT = 2000;
    static final int MAX_ROW = 200;
    static final int MAX_COLUMN = 64;

    private final CommentRepository comments;
    private final ReportService reports;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ReviewComments(CommentRepository comments, ReportService reports, Directory directory, CurrentUser currentUser,
            ApplicationEventPublisher publisher, Clock clock) {
        this.comments = comments;
        this.reports = reports;
        this.directory = directory;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The report's comments with their answers, newest round first, and what the caller may add now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CommentThread thread(long reportId) {
        Context ctx = context(reportId);
        List<Comment> all = comments.findByReportIdOrderByCreatedAtAscIdAsc(reportId);
        Map<Long, List<Comment>> answers = all.stream().filter(c -> c.getReplyTo() != null)
                .collect(Collectors.groupingBy(Comment::getReplyTo));
        List<ReviewComment> top = all.stream().filter(c -> c.getReplyTo() == null)
                .sorted(Comparator.comparing(Comment::getRound).reversed())
                .map(c -> view(c, answers.getOrDefault(c.getId(), List.of()), ctx))
                .toList();
        return new CommentThread(reportId, ctx.report.round(), ctx.mayWrite(), ctx.atStep(), ctx.mayWrite(), top);
    }

    /** The report's pins that nobody has resolved yet, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReviewComment> openPins(long reportId) {
        return thread(reportId).openPins();
    }

    /** Writes a comment on the report as a whole, in its current round. */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReviewComment comment(long reportId, String text) {
        Context ctx = writable(reportId);
        String body = validText(text);
        return add(ctx, null, body, null);
    }

    /**
     * Writes a comment pinned to a part of the report (and a row and a column of it, where given).
     * Only a reviewer pins, and only while the report is at its step.
     */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReviewComment pin(long reportId, String text, PinAnchor anchor) {
        Context ctx = writable(reportId);
        if (!ctx.atStep()) {
            throw new ActionRefusedException("error.review.pin-not-at-step",
                    new LocalizedMessage("status." + ctx.report.status().name()));
        }
        List<FieldProblem> problems = new ArrayList<>();
        String body = text(text, problems, "text");
        PinAnchor pin = anchor(anchor, problems);
        if (pin != null && problems.isEmpty()) {
            // The place must exist in the report as it is now: its row in the part, its column.
            problems.addAll(cn.perfeval.report.ReportPlaces.problems(reports.details(reportId).document(),
                    pin.part(), pin.row(), pin.column()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return add(ctx, null, body, pin);
    }

    /** Answers a comment of the thread; the answer belongs to the report's current round. */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReviewComment answer(long reportId, long commentId, String text) {
        Context ctx = writable(reportId);
        Comment target = find(reportId, commentId);
        List<FieldProblem> problems = new ArrayList<>();
        if (target.getReplyTo() != null) {
            problems.add(FieldProblem.of("replyTo", "error.review.answer-to-answer", commentId));
        }
        String body = text(text, problems, "text");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return add(ctx, target.getId(), body, null);
    }

    /** Changes the text of the caller's own comment, while the round it was written in is open. */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReviewComment edit(long reportId, long commentId, String text) {
        Context ctx = writable(reportId);
        Comment c = find(reportId, commentId);
        if (!c.getAuthor().equals(ctx.user.username())) {
            throw new ActionRefusedException("error.review.not-author", c.getAuthor());
        }
        if (c.getRound() != ctx.report.round()) {
            throw new ActionRefusedException("error.review.round-closed", c.getRound());
        }
        String body = validText(text);
        c.edit(body, clock.instant());
        c = comments.saveAndFlush(c);
        publisher.publishEvent(new CommentEdited(reportId, c.getId(), ctx.user.username()));
        return single(c, ctx);
    }

    /** Marks a pin as resolved: by the department's drafter or by the pin's author. */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReviewComment resolve(long reportId, long commentId) {
        return setResolved(reportId, commentId, true);
    }

    /** Opens a resolved pin again: by the department's drafter or by the pin's author. */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReviewComment reopen(long reportId, long commentId) {
        return setResolved(reportId, commentId, false);
    }

    private ReviewComment setResolved(long reportId, long commentId, boolean resolved) {
        Context ctx = writable(reportId);
        Comment c = find(reportId, commentId);
        if (c.getPin() == null || c.getReplyTo() != null) {
            throw new ActionRefusedException("error.review.not-a-pin", commentId);
        }
        if (!ctx.mayResolve(c)) {
            throw new ActionRefusedException("error.review.resolve-not-allowed", c.getAuthor());
        }
        if (resolved == (c.getResolvedAt() != null)) {
            throw new ActionRefusedException(resolved ? "error.review.already-resolved" : "error.review.already-open",
                    commentId);
        }
        if (resolved) {
            c.resolve(ctx.user.username(), clock.instant());
        } else {
            c.reopen();
        }
        c = comments.saveAndFlush(c);
        publisher.publishEvent(new PinResolved(reportId, c.getId(), resolved, ctx.user.username()));
        return single(c, ctx);
    }

    private ReviewComment add(Context ctx, Long replyTo, String body, PinAnchor pin) {
        Comment c = comments.saveAndFlush(new Comment(ctx.report.id(), ctx.report.round(), replyTo,
                ctx.user.username(), ctx.user.role(), clock.instant(), body, pin));
        publisher.publishEvent(new CommentAdded(ctx.report.id(), c.getId(), c.getRound(), replyTo, pin,
                ctx.user.username()));
        return single(c, ctx);
    }

    private ReviewComment single(Comment c, Context ctx) {
        List<Comment> answers = c.getReplyTo() != null ? List.of()
                : comments.findByReportIdOrderByCreatedAtAscIdAsc(c.getReportId()).stream()
                        .filter(a -> c.getId().equals(a.getReplyTo())).toList();
        return view(c, answers, ctx);
    }

    private ReviewComment view(Comment c, List<Comment> answers, Context ctx) {
        return new ReviewComment(c.getId(), c.getReportId(), c.getRound(), c.getReplyTo(), c.getAuthor(),
                c.getAuthorRole(), c.getCreatedAt(), c.getEditedAt(), c.getBody(), c.getPin(), c.getResolvedBy(),
                c.getResolvedAt(), answers.stream().map(a -> view(a, List.of(), ctx)).toList(), ctx.mayEdit(c),
                ctx.mayResolve(c));
    }

    private Comment find(long reportId, long commentId) {
        return comments.findByIdAndReportId(commentId, reportId)
                .orElseThrow(() -> new NotFoundException("error.review.comment-not-found", commentId));
    }

    /** The caller and the report, read in the caller's scope (not found outside it). */
    private Context context(long reportId) {
        UserScope user = currentUser.require();
        ReportSummary report = reports.summary(reportId);
        boolean participant = switch (user.role()) {
            case DRAFTER, BUREAU_REVIEWER -> user.belongsTo(report.departmentId());
            case FINANCE_REVIEWER -> user.canSee(directory.department(report.departmentId()));
            default -> false;
        };
        return new Context(user, report, participant);
    }

    /** The context of a change: the caller takes part in the report's review, and the route goes on. */
    private Context writable(long reportId) {
        Context ctx = context(reportId);
        if (!ctx.participant) {
            throw new NotFoundException("error.report.not-found", reportId);
        }
        if (!ctx.routeOpen()) {
            throw new ActionRefusedException("error.review.closed",
                    new LocalizedMessage("status." + ctx.report.status().name()));
        }
        return ctx;
    }

    private static String validText(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        String body = text(text, problems, "text");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    /** The text stripped; a problem is added when it is empty or too long. */
    private static String text(String text, List<FieldProblem> problems, String field) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            problems.add(FieldProblem.of(field, "error.review.text-required"));
        } else if (body.length() > MAX_TEXT) {
            problems.add(FieldProblem.of(field, "error.review.too-long", MAX_TEXT));
        }
        return body;
    }

    private static PinAnchor anchor(PinAnchor anchor, List<FieldProblem> problems) {
        String part = anchor == null ? null : anchor.part();
        if (part == null || !PinAnchor.PARTS.contains(part)) {
            problems.add(FieldProblem.of("pin.part", "error.review.part-unknown", part == null ? "" : part,
                    String.join(", ", PinAnchor.PARTS)));
            return null;
        }
        String row = blankToNull(anchor.row());
        String column = blankToNull(anchor.column());
        if (row != null && row.length() > MAX_ROW) {
            problems.add(FieldProblem.of("pin.row", "error.review.too-long", MAX_ROW));
        }
        if (column != null && column.length() > MAX_COLUMN) {
            problems.add(FieldProblem.of("pin.column", "error.review.too-long", MAX_COLUMN));
        }
        return new PinAnchor(part, row, column);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The caller and the report, and what the caller may do on it. */
    private record Context(UserScope user, ReportSummary report, boolean participant) {

        boolean routeOpen() {
            return report.status() != ReportStatus.APPROVED && report.status() != ReportStatus.PUBLISHED;
        }

        boolean mayWrite() {
            return participant && routeOpen();
        }

        /** A reviewer of the report at its own step. */
        boolean atStep() {
            return mayWrite() && (user.has(Role.BUREAU_REVIEWER) && report.status() == ReportStatus.BUREAU_REVIEW
                    || user.has(Role.FINANCE_REVIEWER) && report.status() == ReportStatus.FINANCE_REVIEW);
        }

        boolean mayEdit(Comment c) {
            return mayWrite() && c.getAuthor().equals(user.username()) && c.getRound() == report.round();
        }

        boolean mayResolve(Comment c) {
            return mayWrite() && c.getPin() != null && c.getReplyTo() == null
                    && (user.has(Role.DRAFTER) || c.getAuthor().equals(user.username()));
        }
    }
}
