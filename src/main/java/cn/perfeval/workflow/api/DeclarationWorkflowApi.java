package cn.perfeval.workflow.api;

import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.declaration.DeclarationSummary;
import cn.perfeval.workflow.DeclarationWorkflow;
import cn.perfeval.workflow.api.WorkflowApi.CommentBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The moves of a performance target declaration on its route ({@code docs/declarations.md}): each
 * moves the declaration's process, or answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/declarations")
class DeclarationWorkflowApi {

    private final DeclarationWorkflow workflow;

    DeclarationWorkflowApi(DeclarationWorkflow workflow) {
        this.workflow = workflow;
    }

    record ActionResult(long id, DeclarationStatus status, int version, Integer versionInForce) {
        static ActionResult of(DeclarationSummary s) {
            return new ActionResult(s.id(), s.status(), s.version(), s.versionInForce());
        }
    }

    @PostMapping("/{id}/submit")
    ActionResult submit(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.submit(id, CommentBody.of(body)));
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
    ActionResult returnDeclaration(@PathVariable long id, @RequestBody(required = false) CommentBody body) {
        return ActionResult.of(workflow.returnDeclaration(id, CommentBody.of(body)));
    }
}
