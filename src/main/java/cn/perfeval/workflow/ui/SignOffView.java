package cn.perfeval.workflow.ui;

import cn.perfeval.checks.ReportChecks;
import cn.perfeval.evidence.EvidenceService;
import cn.perfeval.evidence.ui.EvidencePanel;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;

/** Finance sign-off: approve, or return with a reason to drafting or to bureau review. */
@Route("sign-off/:id")
@RolesAllowed(Role.Names.FINANCE_REVIEWER)
class SignOffView extends StepView {

    private final EvidenceService evidence;

    SignOffView(ReportService reports, ReportWorkflow workflow, ReportChecks checks, EvidenceService evidence) {
        super(reports, workflow, checks);
        this.evidence = evidence;
    }

    /** The report page, with its evidence files (read-only) below the report. */
    @Override
    protected void load() {
        super.load();
        addComponentAtIndex(indexOf(sheet) + 1, new EvidencePanel(evidence, reportId, false));
    }

    @Override
    protected Component actions(ReportSummary report, Set<ReportAction> allowed) {
        HorizontalLayout bar = new HorizontalLayout();
        if (!allowed.contains(ReportAction.APPROVE)) {
            return bar;
        }
        TextArea comment = new TextArea(getTranslation("action.comment"));
        comment.setId("comment");
        comment.setWidth("30em");
        RadioButtonGroup<ReturnTarget> target = new RadioButtonGroup<>(getTranslation("action.return-to"));
        target.setId("return-to");
        target.setItems(ReturnTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("return-to." + t.name()));
        target.setValue(ReturnTarget.DRAFTING);
        Button approve = new Button(getTranslation("action.approve"),
                e -> run(() -> workflow.approve(reportId, comment.getValue()), "action.done"));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Button back = new Button(getTranslation("action.return"),
                e -> run(() -> workflow.returnReport(reportId, comment.getValue(), target.getValue()), "action.done"));
        back.setId("return");
        back.addThemeVariants(ButtonVariant.ERROR);
        bar.add(comment, approve, target, back);
        bar.setAlignItems(Alignment.END);
        return bar;
    }

    @Override
    protected String titleKey() {
        return "step.financeSignOff";
    }
}
