package cn.perfeval.workflow.ui;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.checks.ui.FindingsPanel;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.ui.HistoryList;
import cn.perfeval.report.ui.ReportSheet;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A step's screen: the report (read-only unless the step edits it), the actions the user may
 * take on it now, and its history. Refusals are shown with their reason and the screen reloads
 * the current state; what the user typed stays.
 */
abstract class StepView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final ReportService reports;
    protected final ReportWorkflow workflow;
    protected final ReportChecks checks;
    protected long reportId;
    protected ReportSheet sheet;
    protected FindingsPanel findings;
    private final HorizontalLayout actionBar = new HorizontalLayout();

    StepView(ReportService reports, ReportWorkflow workflow, ReportChecks checks) {
        this.reports = reports;
        this.workflow = workflow;
        this.checks = checks;
        actionBar.setId("actions");
        actionBar.setWrap(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reportId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            load();
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("error.report.gone"));
        }
    }

    /** Shows the report as it is stored now. */
    protected void load() {
        removeAll();
        ReportDetails details = reports.details(reportId);
        Set<ReportAction> allowed = workflow.availableActions(reportId);
        sheet = new ReportSheet(details, editable(allowed));
        actionBar.removeAll();
        Component actions = actions(details.summary(), allowed);
        findings = new FindingsPanel(f -> sheet.focus(f.table(), f.row(), f.column()));
        refreshFindings();
        add(actions, findings, sheet, new H3(getTranslation("history.title")),
                new HistoryList(reports.history(reportId)));
    }

    /** Runs the checks on the report as stored and shows their findings. */
    protected void refreshFindings() {
        findings.show(checks.checkReport(reportId));
    }

    /** Whether the sheet is editable for the given available actions. */
    protected boolean editable(Set<ReportAction> allowed) {
        return false;
    }

    /** The action area of the step for the report in its current state. */
    protected abstract Component actions(ReportSummary report, Set<ReportAction> allowed);

    /** Runs an action; on success says so and reloads, on refusal says why and reloads. */
    protected boolean run(Supplier<ReportSummary> action, String successKey) {
        try {
            ReportSummary after = action.get();
            Notifications.success(getTranslation(successKey, getTranslation("status." + after.status().name())));
            load();
            return true;
        } catch (PerfevalException e) {
            Notifications.error(e);
            if (e instanceof ActionRefusedException refused && refused.problems().isEmpty()) {
                load(); // refused for the report's state (e.g. someone else acted first): show it as it is now
            }
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey()) + " | " + getTranslation("app.title");
    }

    protected abstract String titleKey();
}
