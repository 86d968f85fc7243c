package cn.perfeval.workflow.api;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The six actions of {@code api.md}: each moves the report's process, or answers 409 with the reason. */
@RestController
@RequestMapping("/api/reports/{id}")
class WorkflowApi {

    private final ReportWorkflow workflow;

    WorkflowApi(ReportWorkflow workflow) {
        this.workflow = workflow;
    }

    record CommentBody(String comment) {
    }

    record ReturnBody(String comment, ReturnTarget to, Boolean backToMe) {
    }

    record PublishBody(Instant at) {
    }

    record ActionResult(long id, ReportStatus status, int round) {
        static ActionResult of(ReportSummary s) {
            return new ActionResult(s.id(), s.status(), s.round());
        }
    }

    @PostMapping("/submit")
    ActionResult submit(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.submit(id, comment(body)));
    }

    @PostMapping("/withdraw")
    ActionResult withdraw(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.withdraw(id, comment(body)));
    }

    @PostMapping("/pass")
    ActionResult pass(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.pass(id, comment(body)));
    }

    @PostMapping("/approve")
    ActionResult approve(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.approve(id, comment(body)));
    }

    @PostMapping("/return")
    ActionResult returnReport(@PathVariable long id, @RequestBody(required = false) ReturnBody body) {
        if (body != null && Boolean.TRUE.equals(body.backToMe())) {
            throw new ActionRefusedException("error.return.back-to-me-unsupported");
        }
        return ActionResult.of(workflow.returnReport(id, body == null ? null : body.comment(),
                body == null ? null : body.to()));
    }

    @PostMapping("/publish")
    ActionResult publish(@PathVariable long id, @RequestBody(required = false) PublishBody body) {
        return ActionResult.of(workflow.publish(id, body == null ? null : body.at()));
    }

    private static String comment(CommentBody body) {
        return body == null ? null : body.comment();
    }
}
