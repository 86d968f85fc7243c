package cn.perfeval.workflow.api;

import cn.perfeval.base.Messages;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.workflow.BatchOutcome;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The actions of {@code api.md}, the handovers of a review (delegate, resolve, transfer) and the
 * batch sign-off: each moves the report's process, or answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/reports")
class WorkflowApi {

    private final ReportWorkflow workflow;
    private final Messages messages;

    WorkflowApi(ReportWorkflow workflow, Messages messages) {
        this.workflow = workflow;
        this.messages = messages;
    }

    /** A body holding only a comment; the routes of reports and of declarations take it. */
    record CommentBody(String comment) {

        /** The comment of a body that may be absent. */
        static String of(CommentBody body) {
            return body == null ? null : body.comment();
        }
    }

    record ReturnBody(String comment, ReturnTarget to, Boolean backToMe) {
    }

    record HandoverBody(String to, String comment) {
    }

    record BatchBody(List<Long> ids, String comment) {
    }

    record PublishBody(Instant at) {
    }

    record ActionResult(long id, ReportStatus status, int round) {
        static ActionResult of(ReportSummary s) {
            return new ActionResult(s.id(), s.status(), s.round());
        }
    }

    /** One report of a batch sign-off: approved, or skipped with the reason (status null when not visible). */
    record BatchItem(long id, boolean approved, ReportStatus status, String reason) {
    }

    record BatchResult(int approved, int skipped, List<BatchItem> outcomes) {
    }

    @PostMapping("/{id}/submit")
    ActionResult submit(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.submit(id, CommentBody.of(body)));
    }

    /** Whether the call took the review up now; false where the caller already holds it or may not. */
    record ClaimResult(long id, boolean claimed) {
    }

    /**
     * Claims (签收) the report's open review for the calling reviewer, as opening the review screen
     * does; the drafter can no longer withdraw the submission.
     */
    @PostMapping("/{id}/claim")
    ClaimResult claim(@PathVariable long id) {
        return new ClaimResult(id, workflow.claimReview(id));
    }

    @PostMapping("/{id}/withdraw")
    ActionResult withdraw(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.withdraw(id, CommentBody.of(body)));
    }

    @PostMapping("/{id}/pass")
    ActionResult pass(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.pass(id, CommentBody.of(body)));
    }

    @PostMapping("/{id}/approve")
    ActionResult approve(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.approve(id, CommentBody.of(body)));
    }

    @PostMapping("/{id}/return")
    ActionResult returnReport(@PathVariable long id, @RequestBody(required = false) ReturnBody body) {
        return ActionResult.of(workflow.returnReport(id, body == null ? null : body.comment(),
                body == null ? null : body.to(), body != null && Boolean.TRUE.equals(body.backToMe())));
    }

    @PostMapping("/{id}/delegate")
    ActionResult delegate(@PathVariable long id, @RequestBody(required = false) HandoverBody body) {
        return ActionResult.of(workflow.delegate(id, body == null ? null : body.to(),
                body == null ? null : body.comment()));
    }

    @PostMapping("/{id}/resolve")
    ActionResult resolve(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.resolve(id, CommentBody.of(body)));
    }

    @PostMapping("/{id}/transfer")
    ActionResult transfer(@PathVariable long id, @RequestBody(required = false) HandoverBody body) {
        return ActionResult.of(workflow.transfer(id, body == null ? null : body.to(),
                body == null ? null : body.comment()));
    }

    @PostMapping("/{id}/publish")
    ActionResult publish(@PathVariable long id, @RequestBody(required = false) PublishBody body) {
        return ActionResult.of(workflow.publish(id, body == null ? null : body.at()));
    }

    /** Signs off several reports with one comment; each approved or skipped on its own, with the reason. */
    @PostMapping("/approve-batch")
    BatchResult approveBatch(@RequestBody(required = false) BatchBody body, Locale locale) {
        List<Long> ids = body == null || body.ids() == null ? List.of() : body.ids();
        List<BatchItem> items = workflow.approveBatch(ids, body == null ? null : body.comment()).stream()
                .map(o -> item(o, locale)).toList();
        int approved = (int) items.stream().filter(BatchItem::approved).count();
        return new BatchResult(approved, items.size() - approved, items);
    }

    private BatchItem item(BatchOutcome o, Locale locale) {
        return new BatchItem(o.reportId(), o.approved(), o.report() == null ? null : o.report().status(),
                o.reason() == null ? null : messages.resolve(o.reason(), locale));
    }
}
