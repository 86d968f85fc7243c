package cn.perfeval.workflow.ui;

import cn.perfeval.checks.ReportChecks;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.workflow.ReportWorkflow;
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
 * Finance sign-off: approve, or return with a reason (in a dialog: to drafting or to bureau review,
 * and whether the corrected report comes straight back); or delegate or transfer it to a colleague.
 */
@Route("sign-off/:id")
@RolesAllowed(Role.Names.FINANCE_REVIEWER)
class SignOffView extends StepView {

    SignOffView(ReportService reports, ReportWorkflow workflow, ReportChecks checks) {
        super(reports, workflow, checks);
    }

    @Override
    protected Component actions(ReportSummary report, Set<ReportAction> allowed) {
        HorizontalLayout bar = new HorizontalLayout();
        if (allowed.contains(ReportAction.RESOLVE)) {
            return ReviewHandover.resolveBar(this, workflow, reportId, workflow.holder(reportId));
        }
        if (!allowed.contains(ReportAction.APPROVE)) {
            ReviewHandover.holderNote(this, workflow.holder(reportId)).ifPresent(bar::add);
            return bar;
        }
        TextArea comment = new TextArea(getTranslation("action.comment"));
        comment.setId("comment");
        comment.setWidth("30em");
        Button approve = new Button(getTranslation("action.approve"),
                e -> run(() -> workflow.approve(reportId, comment.getValue()), "action.done"));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Button back = new Button(getTranslation("action.return"), e -> new ReturnDialog(comment.getValue(),
                (reason, to, backToMe) -> run(() -> workflow.returnReport(reportId, reason, to, backToMe),
                        "action.done")).open());
        back.setId("return");
        back.addThemeVariants(ButtonVariant.ERROR);
        bar.add(comment, approve, back);
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
        return "step.financeSignOff";
    }

    @Override
    protected List<Component> extraPanels() {
        return List.of(changesPanel());
    }
}
