package cn.perfeval.workflow.ui;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.checks.CheckReport;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.ui.FindingsNavigator;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
 * A step's screen: the actions the user may take on the report now above, in a bar that stays in
 * view while the page scrolls, with the count of findings and buttons to the previous and next
 * error; the report (read-only unless the step edits it) on the left, beside the open pins, the
 * checks' findings and the comment thread on the right (a side panel the user can fold away to
 * give the report the whole width); its history below. Refusals are shown with their reason and the
 * screen reloads the current state; what the user typed stays.
 */
abstract class StepView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StepView.class);

    protected final ReportService reports;
    protected final ReportWorkflow workflow;
    protected final ReportChecks checks;
    protected long reportId;
    protected ReportSheet sheet;
    protected FindingsPanel findings;
    /** The checks' findings as last shown (after opening the screen and after each save). */
    protected CheckReport lastCheck;
    protected FindingsNavigator findingsNav;
    private final HorizontalLayout stepBar = new HorizontalLayout();
    private SplitLayout split;
    private VerticalLayout side;
    private Button sideToggle;
    private boolean sideFolded;
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
    /** What the step shows above and below the sheet now (replaced when the sheet's editability changes). */
    private List<Component> above = List.of();
    private List<Component> below = List.of();

    StepView(ReportService reports, ReportWorkflow workflow, ReportChecks checks) {
        this.reports = reports;
        this.workflow = workflow;
        this.checks = checks;
        // the sheet's own sticky navigation stays just below the bar, whatever the bar's height
        stepBar.addAttachListener(e -> stepBar.getElement().executeJs("""
                const bar = this;
                if (bar.__perfevalHeight) return;
                bar.__perfevalHeight = new ResizeObserver(() => bar.parentElement && bar.parentElement.style
                    .setProperty('--perfeval-step-bar-height', bar.offsetHeight + 'px'));
                bar.__perfevalHeight.observe(bar);
                """));
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
            opened();
            load();
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("error.report.gone"));
        }
    }

    /**
     * What opening the screen does before it shows the report: a review step's screen claims the
     * review for the reviewer who opens it (see {@link ReportWorkflow#claimReview(long)}).
     */
    protected void opened() {
    }

    /** Claims the report's review for the current reviewer; a claim lost to a colleague meanwhile shows as held. */
    protected final void claimReview() {
        try {
            workflow.claimReview(reportId);
        } catch (ActionRefusedException e) {
            // a colleague took the review up at the same moment: the screen shows who holds it
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
        findings = new FindingsPanel(this::showFinding);
        findingsNav = new FindingsNavigator(this::showFinding);
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
        side = new VerticalLayout(openPins, findings, thread);
        side.setId("step-side");
        side.setPadding(false);
        side.addClassName("step-side");
        main.setPadding(false);
        main.addClassName("step-main");
        fillMain();
        split = new SplitLayout(main, side);
        split.setId("review-split");
        split.setWidthFull();
        sideToggle = new Button();
        sideToggle.setId("side-toggle");
        sideToggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        sideToggle.addClickListener(e -> foldSide(!sideFolded));
        foldSide(sideFolded);
        stepBar.removeAll();
        stepBar.setId("step-bar");
        stepBar.addClassName("step-bar");
        stepBar.setWidthFull();
        stepBar.setWrap(true);
        stepBar.setAlignItems(FlexComponent.Alignment.CENTER);
        stepBar.add(actionBar, findingsNav, sideToggle);
        stepBar.setFlexGrow(1, actionBar);
        add(stepBar);
        extraPanels().forEach(this::add);
        route = new RouteFigure(diagrams.routeSvg(reportId));
        history = new HistoryList(reports.history(reportId));
        add(split, new H3(getTranslation("history.title")), route, history);
        sheetBuilt();
    }

    /**
     * Brings a finding's place into view: its cell or row; for a finding on the report's prose, its text
     * field focused with the figure's characters selected.
     */
    private void showFinding(Finding f) {
        Finding.Quote quote = f.quote();
        if (quote != null && f.row() != null) {
            int at = quote.offset() + quote.figureStart();
            sheet.selectText(f.row(), at, at + quote.figureEnd() - quote.figureStart());
        } else {
            sheet.focus(f.table(), f.row(), f.column());
        }
    }

    /** The report's column: what the step shows above the sheet, the sheet, and what it shows below. */
    private void fillMain() {
        main.removeAll();
        above = aboveSheet();
        below = belowSheet();
        above.forEach(main::add);
        main.add(sheet);
        below.forEach(main::add);
    }

    /** The panels above and below the sheet built anew (they follow the sheet's editability); the sheet stays. */
    private void refillAroundSheet() {
        above.forEach(main::remove);
        below.forEach(main::remove);
        above = aboveSheet();
        below = belowSheet();
        int at = 0;
        for (Component c : above) {
            main.addComponentAtIndex(at++, c);
        }
        below.forEach(main::add);
    }

    /**
     * After an action: the status, the action bar, the route and the history are updated in place
     * (an action changes no figure, so the findings stand, and the comment thread stays as it is).
     * Where the action changed whether the report is editable (a submission, a withdrawal), the
     * sheet switches where it stands ({@link ReportSheet#setEditable}) and the panels around it
     * follow; the sheet is never built anew by an action.
     */
    protected void afterAction() {
        long start = System.nanoTime();
        Set<ReportAction> allowed = workflow.availableActions(reportId);
        boolean editable = editable(allowed);
        ReportSummary summary = reports.summary(reportId);
        long read = System.nanoTime();
        sheet.showSummary(summary);
        Component bar = actions(summary, allowed);
        stepBar.replace(actionBar, bar);
        stepBar.setFlexGrow(1, bar);
        actionBar = bar;
        long barDone = System.nanoTime();
        if (editable != sheetEditable) {
            sheetEditable = editable;
            sheet.setEditable(editable);
            refillAroundSheet();
            sheetEditabilityChanged();
        }
        long sheetDone = System.nanoTime();
        Component newRoute = new RouteFigure(diagrams.routeSvg(reportId));
        replace(route, newRoute);
        route = newRoute;
        long routeDone = System.nanoTime();
        Component newHistory = new HistoryList(reports.history(reportId));
        replace(history, newHistory);
        history = newHistory;
        long end = System.nanoTime();
        if (LOG.isDebugEnabled()) {
            LOG.debug("screen after action on report {}: state {} ms, bar {} ms, sheet and panels {} ms, route {} ms,"
                    + " history {} ms", reportId, ms(start, read), ms(read, barDone), ms(barDone, sheetDone),
                    ms(sheetDone, routeDone), ms(routeDone, end));
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Called after an action switched the sheet between editable and read-only in place (the sheet
     * itself is the same); {@link #sheetBuilt()} is not called again.
     */
    protected void sheetEditabilityChanged() {
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

    /** Runs the checks on the report as stored and shows their findings (in the side panel and the bar). */
    protected void refreshFindings() {
        lastCheck = checks.checkReport(reportId);
        findings.show(lastCheck);
        findingsNav.show(lastCheck);
    }

    /**
     * Folds the side panel (open pins, findings, comments) away so that the report takes the
     * whole width, or unfolds it; the bar's findings summary and error buttons stay either way.
     */
    private void foldSide(boolean fold) {
        sideFolded = fold;
        side.setVisible(!fold);
        split.setSplitterPosition(fold ? 100 : 62);
        if (fold) {
            split.addClassName("side-folded");
        } else {
            split.removeClassName("side-folded");
        }
        sideToggle.setText(getTranslation(fold ? "step.side.show" : "step.side.hide"));
        sideToggle.setIcon((fold ? VaadinIcon.ANGLE_DOUBLE_LEFT : VaadinIcon.ANGLE_DOUBLE_RIGHT).create());
        sideToggle.getElement().setAttribute("aria-expanded", String.valueOf(!fold));
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
            long start = System.nanoTime();
            ReportSummary after = action.get();
            long acted = System.nanoTime();
            Notifications.success(getTranslation(successKey, getTranslation("status." + after.status().name())));
            afterAction();
            LOG.debug("action on report {}: service {} ms, screen {} ms", reportId, ms(start, acted),
                    ms(acted, System.nanoTime()));
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
