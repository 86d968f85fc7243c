package cn.perfeval.workflow.ui;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.Formats;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.checks.CheckReport;
import cn.perfeval.checks.GuidedFix;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.checks.ui.GuidedFixDialog;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.evidence.ui.EvidencePanel;
import cn.perfeval.checks.ScoringFrameworks;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.Role;
import cn.perfeval.report.EditConflictException;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.RepairPlan;
import cn.perfeval.report.ReportRepairs;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.ReportWorkbooks;
import cn.perfeval.report.ui.TablesWorkbookPanel;
import cn.perfeval.report.ui.ReportFiles;
import cn.perfeval.workflow.ReportWorkflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report page of drafting: the drafter edits every part of the report, saves, and submits;
 * while the bureau has not acted, it can withdraw the submission. No typed work is lost: a save
 * refused because someone else saved meanwhile offers to load their content, to save over it,
 * or to go on editing; leaving the page with unsaved changes asks first (in the application and
 * in the browser). The report's JSON file can be downloaded, and uploaded to replace the draft.
 *
 * <p>The checks run again on the page's unsaved content each time a field is left (for a report kept
 * in 元), and a finding with an obvious repair offers it: the user sees each cell it changes (or, for a
 * finding on the prose, the sentence as written and the standard sentence that replaces it), confirms,
 * and the repair is saved as a save is (a stale version is refused the same way).
 */
@Route("drafting/:id")
@RolesAllowed(Role.Names.DRAFTER)
class DraftView extends StepView implements BeforeLeaveObserver {

    /** Warnings a submission's confirmation lists; more are counted. */
    private static final int WARNINGS_LISTED = 5;

    private final ScoringFrameworks frameworks;
    private final JsonMapper json;
    private long loadedVersion;
    private final ReportWorkbooks workbooks;
    private final ReportRepairs repairs;
    private boolean editing;
    private boolean browserGuardOn;
    /** Whether the report is kept in 元: only then are its findings recomputed from the page and its tables repaired. */
    private boolean inYuan;

    private final Directory directory;

    DraftView(ReportService reports, ReportWorkflow workflow, ReportChecks checks, ScoringFrameworks frameworks,
            JsonMapper json, ReportWorkbooks workbooks, ReportRepairs repairs, Directory directory) {
        super(reports, workflow, checks);
        this.directory = directory;
        this.frameworks = frameworks;
        this.json = json;
        this.workbooks = workbooks;
        this.repairs = repairs;
    }

    private Div returnNotice;

    /** A report sent back to drafting says why and by whom, at the top of the page. */
    @Override
    protected List<Component> extraPanels() {
        returnNotice = null;
        return StandingReturn.of(reports.history(reportId), directory).<List<Component>>map(r -> {
            Div banner = new Div();
            returnNotice = banner;
            banner.setId("return-notice");
            banner.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border-left", "4px solid var(--lumo-error-color)")
                    .set("background", "var(--lumo-error-color-10pct)").set("width", "100%")
                    .set("box-sizing", "border-box");
            banner.setText(getTranslation("draft.returned-notice", r.by(), r.reason()));
            return List.of(banner);
        }).orElse(List.of());
    }

    /** Once the report is submitted again, the return no longer stands. */
    @Override
    protected void afterAction() {
        super.afterAction();
        if (returnNotice != null && StandingReturn.of(reports.history(reportId), directory).isEmpty()) {
            returnNotice.setVisible(false);
        }
    }

    /** The tables as an Excel workbook, above the sheet. */
    @Override
    protected List<Component> aboveSheet() {
        return List.of(editing ? new TablesWorkbookPanel(workbooks, reportId, () -> loadedVersion, this::load)
                : TablesWorkbookPanel.downloadOnly(workbooks, reportId));
    }

    /** The evidence files, below the sheet. */
    @Override
    protected List<Component> belowSheet() {
        return List.of(new EvidencePanel(evidence, reportId, editing));
    }

    @Override
    protected boolean editable(Set<ReportAction> allowed) {
        return allowed.contains(ReportAction.SUBMIT);
    }

    @Override
    protected void sheetBuilt() {
        // the listeners act only while the sheet is editable: no change comes from a read-only sheet
        sheet.addChangeListener(this::guardInBrowser);
        sheet.addChangeListener(this::recheck);
        sheetEditabilityChanged();
    }

    /** While drafting: the auto-sum switch, the scoring templates and the browser's guard of unsaved input. */
    @Override
    protected void sheetEditabilityChanged() {
        browserGuardOn = false;
        if (editing) {
            sheet.setAutoSum(reports.autoSum(reportId));
            sheet.setScoringTemplates(frameworks.templates());
            getElement().executeJs("""
                    if (!window.perfevalLeaveGuard) {
                      window.perfevalLeaveGuard = e => {
                        if (window.perfevalUnsaved) { e.preventDefault(); e.returnValue = ''; }
                      };
                      window.addEventListener('beforeunload', window.perfevalLeaveGuard);
                    }
                    window.perfevalUnsaved = false;
                    if (!$0.__perfevalWatched) {
                      $0.__perfevalWatched = true;
                      $0.addEventListener('input', e => {
                        if (!e.composedPath().some(n => n.id === 'sheet-nav')) { window.perfevalUnsaved = true; }
                      });
                    }
                    """, sheet.getElement());
        } else {
            releaseBrowserGuard();
        }
    }

    @Override
    protected Component actions(ReportSummary report, Set<ReportAction> allowed) {
        loadedVersion = report.version();
        editing = allowed.contains(ReportAction.SUBMIT);
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("actions");
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        TextField comment = new TextField();
        comment.setPlaceholder(getTranslation("action.comment.optional"));
        comment.setId("comment");
        if (editing) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.setId("save");
            Button submit = new Button(getTranslation("action.submit"), e -> {
                if (save()) {
                    submitAfterWarnings(comment.getValue());
                }
            });
            submit.setId("submit");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            Button narrative = new Button(getTranslation("action.insert-narrative"), e -> {
                if (save()) {
                    sheet.appendToNarrative(String.join("", checks.narrative(reportId)));
                    Notifications.success(getTranslation("report.narrative-inserted"));
                }
            });
            narrative.setId("insert-narrative");
            bar.add(save, comment, submit, narrative, autoSumSwitch());
            if (workflow.submissionGoesStraightToFinance(reportId)) {
                Span straight = new Span(getTranslation("draft.straight-to-finance"));
                straight.setId("straight-to-finance");
                straight.getElement().getThemeList().add("badge");
                bar.add(straight);
            }
        }
        if (allowed.contains(ReportAction.WITHDRAW)) {
            Button withdraw = new Button(getTranslation("action.withdraw"),
                    e -> run(() -> workflow.withdraw(reportId, comment.getValue()), "action.done"));
            withdraw.setId("withdraw");
            bar.add(comment, withdraw);
        } else {
            workflow.withdrawClosedReason(reportId).ifPresent(reason -> {
                Span closed = new Span(getTranslation("draft.withdraw-closed",
                        getTranslation(reason.key(), reason.args())));
                closed.setId("withdraw-closed");
                closed.getElement().getThemeList().add("badge");
                closed.getElement().getThemeList().add("contrast");
                bar.add(closed);
            });
        }
        bar.add(ReportFiles.downloadLink(reports, json, reportId, getTranslation("report.download-json")));
        if (editing) {
            bar.add(ReportFiles.upload("upload-json", getTranslation("draft.upload"), this::uploaded));
        }
        return bar;
    }

    /**
     * 父级自动求和: the report's stored switch; while on, typing a child row's amount sets its parents
     * to the sum of their children on the page (the stated totals stay as typed, and the checks say
     * where they disagree). Off unless a drafter turned it on, so an imported report is never summed.
     */
    private Checkbox autoSumSwitch() {
        Checkbox on = new Checkbox(getTranslation("draft.auto-sum"), reports.autoSum(reportId));
        on.setId("auto-sum");
        on.setTooltipText(getTranslation("draft.auto-sum.tooltip"));
        on.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                reports.setAutoSum(reportId, e.getValue());
                if (sheet != null) {
                    sheet.setAutoSum(e.getValue());
                }
            } catch (PerfevalException ex) {
                Notifications.error(ex);
                on.setValue(e.getOldValue());
            }
        });
        return on;
    }

    /** The findings on the report as stored, with the repairs of those that have an obvious one. */
    @Override
    protected void refreshFindings() {
        if (!editing) {
            super.refreshFindings();
            return;
        }
        ReportDocument stored = reports.export(reportId);
        inYuan = stored.unit() == null || stored.unit() == MoneyUnit.YUAN;
        showFindingsOf(stored);
    }

    private void showFindingsOf(ReportDocument document) {
        CheckReport report = checks.check(document);
        lastCheck = report;
        findings.setOnFix(this::offerFix);
        // on a report kept in 万元 only the prose's standard sentences are offered: table repairs need yuan figures
        findings.show(report, checks.guidedFixes(reportId, document, report.findings()));
        findingsNav.show(report);
    }

    /** A field was left with a new value: the findings follow the page's content, unsaved. */
    private void recheck() {
        if (editing && inYuan && !sheet.hasUnparsableInput()) {
            showFindingsOf(sheet.edits());
        }
    }

    /** Shows what the repair changes on the page's content and applies it once the user confirms. */
    private void offerFix(GuidedFix fix) {
        if (sheet.hasUnparsableInput()) {
            Notifications.error(getTranslation("error.money.unparsable"));
            return;
        }
        Optional<RepairPlan> plan = repairs.preview(sheet.edits(), fix.plan().repair());
        if (plan.isEmpty()) {
            Notifications.error(getTranslation(fix.plan().text() != null ? "fix.sentence.changed" : "fix.gone"));
            recheck();
            return;
        }
        new GuidedFixDialog(plan.get(), sheet.isDirty(), () -> applyFix(plan.get())).open();
    }

    private void applyFix(RepairPlan plan) {
        try {
            ReportSummary saved = repairs.apply(reportId, loadedVersion, sheet.edits(), plan.repair());
            loadedVersion = saved.version();
            releaseBrowserGuard();
            reloadSheet();
            if (plan.text() != null) {
                sheet.selectText(plan.text().field(), plan.text().offset(),
                        plan.text().offset() + plan.text().after().length());
            } else {
                RepairPlan.CellChange shown = plan.changes().stream().filter(RepairPlan.CellChange::added)
                        .findFirst().orElse(plan.changes().getFirst());
                sheet.focus(shown.table(), shown.code(), shown.column());
            }
            refreshFindings();
            Notifications.success(getTranslation("fix.done"));
        } catch (EditConflictException e) {
            conflict(e);
        } catch (InvalidInputException e) {
            Notifications.error(e);
            sheet.showProblems(e.problems());
        } catch (PerfevalException e) {
            Notifications.error(e);
        }
    }

    /**
     * Submits the saved report; where the checks' warnings stand (and no error, which the route
     * refuses anyway), the drafter is told how many and what they say, and confirms first: a
     * submission leaves the department's hands.
     */
    private void submitAfterWarnings(String comment) {
        List<Finding> warnings = lastCheck == null ? List.of()
                : lastCheck.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
        if (warnings.isEmpty() || !lastCheck.errors().isEmpty()) {
            run(() -> workflow.submit(reportId, comment), "action.done");
            return;
        }
        ConfirmDialog dialog = Confirmations.dialog("submit-confirm", getTranslation("draft.submit.confirm.header"),
                getTranslation("draft.submit.confirm.confirm"), "confirm-submit",
                () -> run(() -> workflow.submit(reportId, comment), "action.done"));
        Paragraph text = new Paragraph(getTranslation("draft.submit.confirm.text", warnings.size()));
        text.setId("submit-confirm-text");
        UnorderedList list = new UnorderedList();
        list.setId("submit-confirm-warnings");
        warnings.stream().limit(WARNINGS_LISTED)
                .forEach(f -> list.add(new ListItem(getTranslation(f.message().key(), f.message().args()))));
        if (warnings.size() > WARNINGS_LISTED) {
            list.add(new ListItem(getTranslation("draft.submit.confirm.more", warnings.size() - WARNINGS_LISTED)));
        }
        dialog.add(text, list);
        dialog.setCancelText(getTranslation("draft.submit.confirm.cancel"));
        dialog.open();
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
        return saveAt(loadedVersion);
    }

    /** Saves the sheet over the given version: a conflict asks the user what to do. */
    private boolean saveAt(long version) {
        try {
            ReportSummary saved = reports.saveDraft(reportId, version, sheet.edits());
            loadedVersion = saved.version();
            sheet.markSaved();
            releaseBrowserGuard();
            refreshFindings();
            Notifications.success(getTranslation("report.saved"));
            return true;
        } catch (EditConflictException e) {
            conflict(e);
            return false;
        } catch (InvalidInputException e) {
            Notifications.error(e);
            sheet.showProblems(e.problems());
            return false;
        } catch (PerfevalException e) {
            Notifications.error(e);
            return false;
        }
    }

    /**
     * Someone saved since the page was loaded: says who and when, and offers to load their
     * content (discarding the page's), to save the page's content over theirs, or to go on.
     */
    private void conflict(EditConflictException e) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("conflict-dialog");
        dialog.setHeader(getTranslation("draft.conflict.header"));
        dialog.setText(getTranslation("draft.conflict.text", e.savedBy(), Formats.dateTime(e.savedAt())));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("draft.conflict.reload"));
        dialog.setRejectButtonTheme("error tertiary");
        dialog.addRejectListener(r -> {
            load();
            Notifications.success(getTranslation("draft.conflict.reloaded", e.savedBy()));
        });
        dialog.setConfirmText(getTranslation("draft.conflict.overwrite"));
        dialog.addConfirmListener(c -> {
            if (sheet.hasUnparsableInput()) {
                Notifications.error(getTranslation("error.money.unparsable"));
                return;
            }
            saveAt(e.currentVersion());
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("draft.conflict.cancel"));
        dialog.open();
    }

    /**
     * A JSON file replaces the draft's contents, all or nothing: a file that does not read, or is
     * of another year, kind or department, is refused with each problem listed and changes
     * nothing; unsaved changes on the page are dropped only after the user confirms.
     */
    private void uploaded(String fileName, byte[] bytes) {
        ReportDocument doc;
        try {
            doc = ReportFiles.read(json, bytes);
            matches(doc);
        } catch (PerfevalException e) {
            Notifications.error(e);
            return;
        }
        if (!sheet.isDirty()) {
            replaceWith(fileName, doc);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("upload-confirm");
        confirm.setHeader(getTranslation("draft.upload.confirm.header"));
        confirm.setText(getTranslation("draft.upload.confirm.text", fileName));
        confirm.setConfirmText(getTranslation("draft.upload.confirm.replace"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("draft.conflict.cancel"));
        confirm.addConfirmListener(e -> replaceWith(fileName, doc));
        confirm.open();
    }

    private void matches(ReportDocument doc) {
        ReportSummary report = reports.summary(reportId);
        List<FieldProblem> problems = new ArrayList<>();
        if (doc.year() != null && doc.year() != report.year()) {
            problems.add(FieldProblem.of("year", "draft.upload.year", String.valueOf(doc.year()),
                    String.valueOf(report.year())));
        }
        if (doc.kind() != null && doc.kind() != report.kind()) {
            problems.add(FieldProblem.of("kind", "draft.upload.kind", new LocalizedMessage("kind." + doc.kind().name()),
                    new LocalizedMessage("kind." + report.kind().name())));
        }
        if (doc.department() != null && doc.department().name() != null
                && !doc.department().name().strip().equals(report.department())) {
            problems.add(FieldProblem.of("department.name", "doc.department.mismatch", doc.department().name(),
                    report.department()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void replaceWith(String fileName, ReportDocument doc) {
        try {
            reports.saveDraft(reportId, loadedVersion, doc);
        } catch (PerfevalException e) {
            Notifications.error(e);
            return;
        }
        load();
        Notifications.success(getTranslation("draft.upload.done", fileName));
    }

    /** Leaving with unsaved changes asks first; the browser asks too while there are any. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (sheet == null || !sheet.isDirty()) {
            releaseBrowserGuard();
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("leave-dialog");
        dialog.setHeader(getTranslation("draft.leave.header"));
        dialog.setText(getTranslation("draft.leave.text"));
        dialog.setConfirmText(getTranslation("draft.leave.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            sheet.markSaved();
            releaseBrowserGuard();
            action.proceed();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("draft.leave.stay"));
        dialog.open();
    }

    /** The user changed something: the browser asks before the page is closed or reloaded. */
    private void guardInBrowser() {
        if (!browserGuardOn) {
            browserGuardOn = true;
            getUI().ifPresent(ui -> ui.getPage().executeJs("window.perfevalUnsaved = true;"));
        }
    }

    private void releaseBrowserGuard() {
        browserGuardOn = false;
        getUI().ifPresent(ui -> ui.getPage().executeJs("window.perfevalUnsaved = false;"));
    }

    @Override
    protected String titleKey() {
        return "step.draftReport";
    }
}
