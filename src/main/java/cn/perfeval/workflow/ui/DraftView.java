package cn.perfeval.workflow.ui;

import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.evidence.EvidenceService;
import cn.perfeval.evidence.ui.EvidencePanel;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.ReportWorkbooks;
import cn.perfeval.report.ui.TablesWorkbookPanel;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;

/**
 * The report page of drafting: the drafter edits the basic information, the tables and the
 * texts, saves, and submits; while the bureau has not acted, it can withdraw the submission.
 */
@Route("drafting/:id")
@RolesAllowed(Role.Names.DRAFTER)
class DraftView extends StepView {

    private long loadedVersion;
    private final ReportWorkbooks workbooks;
    private final EvidenceService evidence;

    DraftView(ReportService reports, ReportWorkflow workflow, ReportChecks checks, ReportWorkbooks workbooks,
            EvidenceService evidence) {
        super(reports, workflow, checks);
        this.workbooks = workbooks;
        this.evidence = evidence;
    }

    /** The report page, with the tables as an Excel workbook above the sheet and the evidence below. */
    @Override
    protected void load() {
        super.load();
        boolean editing = workflow.availableActions(reportId).contains(ReportAction.SUBMIT);
        addComponentAtIndex(indexOf(sheet), editing
                ? new TablesWorkbookPanel(workbooks, reportId, () -> loadedVersion, this::load)
                : TablesWorkbookPanel.downloadOnly(workbooks, reportId));
        addComponentAtIndex(indexOf(sheet) + 1, new EvidencePanel(evidence, reportId, editing));
    }

    @Override
    protected boolean editable(Set<ReportAction> allowed) {
        return allowed.contains(ReportAction.SUBMIT);
    }

    @Override
    protected Component actions(ReportSummary report, Set<ReportAction> allowed) {
        loadedVersion = report.version();
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("actions");
        TextField comment = new TextField();
        comment.setPlaceholder(getTranslation("action.comment.optional"));
        comment.setId("comment");
        if (allowed.contains(ReportAction.SUBMIT)) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.setId("save");
            Button submit = new Button(getTranslation("action.submit"), e -> {
                if (save()) {
                    run(() -> workflow.submit(reportId, comment.getValue()), "action.done");
                }
            });
            submit.setId("submit");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            Button narrative = new Button(getTranslation("action.insert-narrative"), e -> {
                if (save()) {
                    sheet.appendToConclusion(String.join("", checks.narrative(reportId)));
                    Notifications.success(getTranslation("report.narrative-inserted"));
                }
            });
            narrative.setId("insert-narrative");
            bar.add(save, comment, submit, narrative);
        }
        if (allowed.contains(ReportAction.WITHDRAW)) {
            Button withdraw = new Button(getTranslation("action.withdraw"),
                    e -> run(() -> workflow.withdraw(reportId, comment.getValue()), "action.done"));
            withdraw.setId("withdraw");
            bar.add(comment, withdraw);
        }
        return bar;
    }

    @Override
    protected boolean showsOpenPinsOnSheet() {
        return true;
    }

    /** Saves the sheet; on refusal the user keeps everything typed and is told why. */
    private boolean save() {
        if (sheet.hasUnparsableInput()) {
            Notifications.error(getTranslation("error.money.unparsable"));
            return false;
        }
        try {
            ReportSummary saved = reports.saveDraft(reportId, loadedVersion, sheet.edits());
            loadedVersion = saved.version();
            refreshFindings();
            Notifications.success(getTranslation("report.saved"));
            return true;
        } catch (PerfevalException e) {
            Notifications.error(e);
            return false;
        }
    }

    @Override
    protected String titleKey() {
        return "step.draftReport";
    }
}
