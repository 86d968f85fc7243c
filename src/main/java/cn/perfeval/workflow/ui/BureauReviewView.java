package cn.perfeval.workflow.ui;

import cn.perfeval.checks.ReportChecks;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/**
 * Bureau review: the report read-only; pass it on, or return it to drafting with a reason; or
 * delegate or transfer it to a colleague (the colleague it was delegated to resolves it).
 */
@Route("bureau-review/:id")
@RolesAllowed(Role.Names.BUREAU_REVIEWER)
class BureauReviewView extends StepView {

    BureauReviewView(ReportService reports, ReportWorkflow workflow, ReportChecks checks) {
        super(reports, workflow, checks);
    }

    @Override
    protected Component actions(ReportSummary report, Set<ReportAction> allowed) {
        HorizontalLayout bar = new HorizontalLayout();
        if (allowed.contains(ReportAction.RESOLVE)) {
            return ReviewHandover.resolveBar(this, workflow, reportId, workflow.holder(reportId));
        }
        if (!allowed.contains(ReportAction.PASS)) {
            ReviewHandover.holderNote(this, workflow.holder(reportId)).ifPresent(bar::add);
            return bar;
        }
        TextArea comment = new TextArea(getTranslation("action.comment"));
        comment.setId("comment");
        comment.setWidth("30em");
        Button pass = new Button(getTranslation("action.pass"),
                e -> run(() -> workflow.pass(reportId, comment.getValue()), "action.done"));
        pass.setId("pass");
        pass.addThemeVariants(ButtonVariant.PRIMARY);
        Button back = new Button(getTranslation("action.return"),
                e -> {
                    if (!run(() -> workflow.returnReport(reportId, comment.getValue(), ReturnTarget.DRAFTING),
                            "action.done")) {
                        ReturnDialog.markIfMissing(comment);
                    }
                });
        back.setId("return");
        back.addThemeVariants(ButtonVariant.ERROR);
        bar.add(comment, pass, back);
        ReviewHandover.buttons(this, workflow, reportId, allowed).forEach(bar::add);
        bar.setAlignItems(Alignment.END);
        return bar;
    }

    @Override
    protected void opened() {
        claimReview();
    }

    @Override
    protected String titleKey() {
        return "step.bureauReview";
    }

    @Override
    protected List<Component> extraPanels() {
        return List.of(changesPanel());
    }
}
