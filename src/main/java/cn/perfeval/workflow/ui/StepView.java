package cn.perfeval.workflow.ui;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.checks.ui.FindingsPanel;
import cn.perfeval.evidence.EvidenceService;
import cn.perfeval.evidence.ui.EvidencePanel;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.ui.HistoryList;
import cn.perfeval.report.ui.ReportSheet;
import cn.perfeval.review.ReviewComment;
import cn.perfeval.review.ReviewComments;
import cn.perfeval.review.ui.CommentThreadPanel;
import cn.perfeval.review.ui.OpenPinsList;
import cn.perfeval.snapshot.ReportRounds;
import cn.perfeval.snapshot.ui.ChangesPanel;
import cn.perfeval.workflow.ProcessDiagrams;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step's screen: the actions the user may take on the report now above; the report (read-only
 * unless the step edits it) on the left, beside the open pins, the checks' findings and the
 * comment thread on the right; its history below. Refusals are shown with their reason and the
 * screen reloads the current state; what the user typed stays.
 */
abstract class StepView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final ReportService reports;
    protected final ReportWorkflow workflow;
    protected final ReportChecks checks;
    protected long reportId;
    protected ReportSheet sheet;
    protected FindingsPanel findings;
    protected EvidenceService evidence;
    private ReviewComments comments;
    private ReportRounds rounds;
    private ProcessDiagrams diagrams;
    /** What an action replaces in place: the action bar, the report's column, the route and the history. */
    private Component actionBar;
    private final VerticalLayout main = new VerticalLayout();
    private SheetPins pins;
    private boolean sheetEditable;
    private Component route;
    private Component history;

    StepView(ReportService reports, ReportWorkflow workflow, ReportChecks checks) {
        this.reports = reports;
        this.workflow = workflow;
        this.checks = checks;
    }

    /**
     * The services every step screen shows beside the report (the comment thread, the rounds, the
     * route diagram, the evidence files), set by the container after construction, so that the
     * step views' constructors name only what the step itself needs.
     */
    @Autowired
    void useReviewServices(ReviewComments comments, ReportRounds rounds, ProcessDiagrams diagrams,
            EvidenceService evidence) {
        this.comments = comments;
        this.rounds = rounds;
        this.diagrams = diagrams;
        this.evidence = evidence;
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
        sheetEditable = editable(allowed);
        sheet = new ReportSheet(details, sheetEditable);
        actionBar = actions(details.summary(), allowed);
        findings = new FindingsPanel(f -> sheet.focus(f.table(), f.row(), f.column()));
        refreshFindings();
        pins = new SheetPins(() -> sheet);
        OpenPinsList openPins = new OpenPinsList(pins::show);
        CommentThreadPanel thread = new CommentThreadPanel(comments, reportId, pins::show, pins::currentPlace);
        thread.setOnChange(() -> openPins.show(comments.openPins(reportId)));
        List<ReviewComment> open = comments.openPins(reportId);
        openPins.show(open);
        if (showsOpenPinsOnSheet()) {
            pins.showPins(open);
        }
        VerticalLayout side = new VerticalLayout(openPins, findings, thread);
        side.setPadding(false);
        side.getStyle().set("padding-left", "var(--lumo-space-m)");
        main.setPadding(false);
        fillMain();
        SplitLayout split = new SplitLayout(main, side);
        split.setId("review-split");
        split.setWidthFull();
        split.setSplitterPosition(60);
        add(actionBar);
        extraPanels().forEach(this::add);
        route = new RouteFigure(diagrams.routeSvg(reportId));
        history = new HistoryList(reports.history(reportId));
        add(split, new H3(getTranslation("history.title")), route, history);
        sheetBuilt();
    }

    /** The report's column: what the step shows above the sheet, the sheet, and what it shows below. */
    private void fillMain() {
        main.removeAll();
        aboveSheet().forEach(main::add);
        main.add(sheet);
        belowSheet().forEach(main::add);
    }

    /**
     * After an action: the status, the action bar, the route and the history are updated in place
     * (an action changes no figure, so the findings stand); the sheet is built anew (on the part shown) only where the action changed
     * whether it is editable (a submission, a withdrawal), and the comment thread stays as it is.
     */
    protected void afterAction() {
        Set<ReportAction> allowed = workflow.availableActions(reportId);
        boolean editable = editable(allowed);
        ReportSummary summary;
        if (editable != sheetEditable) {
            ReportDetails details = reports.details(reportId);
            summary = details.summary();
            String part = sheet.shownPart();
            sheetEditable = editable;
            sheet = new ReportSheet(details, editable);
            sheet.showPart(part);
        } else {
            summary = reports.summary(reportId);
            sheet.showSummary(summary);
        }
        Component bar = actions(summary, allowed);
        replace(actionBar, bar);
        actionBar = bar;
        if (main.indexOf(sheet) < 0) {
            fillMain();
            if (showsOpenPinsOnSheet()) {
                pins.markPins(comments.openPins(reportId));
            }
            sheetBuilt();
        }
        Component newRoute = new RouteFigure(diagrams.routeSvg(reportId));
        replace(route, newRoute);
        route = newRoute;
        Component newHistory = new HistoryList(reports.history(reportId));
        replace(history, newHistory);
        history = newHistory;
    }

    /**
     * Shows the report's content as stored now in a new sheet (after a change saved from outside the
     * sheet, e.g. a guided fix), on the part shown before; the rest of the screen stays.
     */
    protected void reloadSheet() {
        ReportDetails details = reports.details(reportId);
        String part = sheet.shownPart();
        sheet = new ReportSheet(details, sheetEditable);
        sheet.showPart(part);
        fillMain();
        if (showsOpenPinsOnSheet()) {
            pins.markPins(comments.openPins(reportId));
        }
        sheetBuilt();
    }

    /** Called each time the screen has built a new sheet (on opening, and after an action that replaced it). */
    protected void sheetBuilt() {
    }

    /** What the step shows above the report, beside the thread (called after {@link #actions}). */
    protected List<Component> aboveSheet() {
        return List.of();
    }

    /**
     * What the step shows below the report, beside the thread (called after {@link #actions}): the
     * evidence files, read-only unless the step edits them.
     */
    protected List<Component> belowSheet() {
        return List.of(new EvidencePanel(evidence, reportId, false));
    }

    /** Whether the open pins are shown on the sheet itself as the screen opens (for the drafter). */
    protected boolean showsOpenPinsOnSheet() {
        return false;
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

    /**
     * Runs an action; on success says so and updates the screen in place ({@link #afterAction}), on
     * refusal says why and reloads.
     */
    protected boolean run(Supplier<ReportSummary> action, String successKey) {
        try {
            ReportSummary after = action.get();
            Notifications.success(getTranslation(successKey, getTranslation("status." + after.status().name())));
            afterAction();
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

    /** Panels shown between the findings and the sheet; none unless the step adds some. */
    protected List<Component> extraPanels() {
        return List.of();
    }

    /** What changed since the round the current reviewer last saw (hidden on a report's first round). */
    protected ChangesPanel changesPanel() {
        ChangesPanel changes = new ChangesPanel(rounds, reportId);
        highlightChanges(changes);
        return changes;
    }

    /** Marks the changed figures and the added rows on the sheet, where they are. */
    protected void highlightChanges(ChangesPanel changes) {
        changes.highlightChanges(sheet::mark);
    }
}
