package cn.perfeval.workflow.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.checks.CheckReport;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.workflow.BatchOutcome;
import cn.perfeval.workflow.OpenTask;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.Step;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * 批量审批: the reports waiting for the finance reviewer's sign-off, several approved with one
 * comment, once the reviewer has confirmed the list of them with each one's findings, score and
 * due date. Each report is approved on its own (its own transaction, history and audit lines); the
 * screen works through the selection a few reports per server round trip, polling, so the
 * progress shows as it goes; at the end it lists every report with its outcome, and the reason
 * where one was skipped.
 */
@Route("sign-off/batch")
@Menu(order = 5, title = "nav.batch-sign-off")
@RolesAllowed(Role.Names.FINANCE_REVIEWER)
class BatchSignOffView extends VerticalLayout implements HasDynamicTitle {

    /** How long one round trip may spend approving before it shows the progress. */
    private static final long SLICE_NANOS = 400_000_000L;
    private static final int POLL_MILLIS = 150;

    private final ReportWorkflow workflow;
    private final ReportChecks checks;
    private final Grid<OpenTask> waiting = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final TextArea comment = new TextArea();
    private final Button approve = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span summary = new Span();
    private final Grid<BatchOutcome> results = new Grid<>();

    private final Deque<Long> pending = new ArrayDeque<>();
    private final List<BatchOutcome> outcomes = new ArrayList<>();
    private int total;
    private String batchComment;
    private Registration polling;

    BatchSignOffView(ReportWorkflow workflow, ReportChecks checks) {
        this.workflow = workflow;
        this.checks = checks;
        H2 title = new H2(getTranslation("batch.title"));
        title.addClassName("view-title");

        waiting.setId("batch-reports");
        waiting.setSelectionMode(Grid.SelectionMode.MULTI);
        waiting.addColumn(t -> t.report().department()).setHeader(getTranslation("report.department"))
                .setAutoWidth(true);
        waiting.addColumn(t -> t.report().year()).setHeader(getTranslation("report.year")).setAutoWidth(true);
        waiting.addColumn(t -> getTranslation("kind." + t.report().kind().name()) + t.report().projectSuffix())
                .setHeader(getTranslation("report.kind")).setAutoWidth(true);
        waiting.addColumn(t -> t.report().round()).setHeader(getTranslation("history.round")).setAutoWidth(true);
        waiting.addColumn(t -> Formats.dateTime(t.since())).setHeader(getTranslation("workbench.since"))
                .setAutoWidth(true);
        waiting.setAllRowsVisible(true);
        empty.setText(getTranslation("batch.empty"));
        empty.setId("batch-empty");

        comment.setLabel(getTranslation("batch.comment"));
        comment.setId("batch-comment");
        comment.setWidth("30em");
        approve.setText(getTranslation("batch.approve"));
        approve.setId("approve-batch");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.addClickListener(e -> confirm());

        progress.setId("batch-progress");
        progress.setWidth("30em");
        progress.setVisible(false);
        progressText.setId("batch-progress-text");
        summary.setId("batch-summary");

        results.setId("batch-results");
        results.addColumn(this::describe).setHeader(getTranslation("batch.report")).setAutoWidth(true);
        results.addColumn(o -> getTranslation(o.approved() ? "batch.result.approved" : "batch.result.skipped"))
                .setHeader(getTranslation("batch.result")).setAutoWidth(true);
        results.addColumn(o -> o.reason() == null ? "" : getTranslation(o.reason().key(), o.reason().args()))
                .setHeader(getTranslation("batch.reason")).setFlexGrow(2);
        results.setAllRowsVisible(true);
        results.setVisible(false);

        add(title, empty, waiting, comment, approve, progress, progressText, summary, results);
        refresh();
    }

    private void refresh() {
        List<OpenTask> tasks = workflow.myTasks().stream().filter(t -> t.step() == Step.FINANCE_SIGN_OFF)
                .sorted(Comparator.comparing((OpenTask t) -> t.report().department())
                        .thenComparing(t -> t.report().year()))
                .toList();
        waiting.deselectAll();
        waiting.setItems(tasks);
        waiting.setVisible(!tasks.isEmpty());
        empty.setVisible(tasks.isEmpty());
    }

    /** A selected report as the confirmation lists it: what the checks find in it now, and when it is due. */
    record Selected(OpenTask task, long errors, long warnings, String score) {
    }

    /**
     * Lists each selected report with its findings, its recomputed score and its due date, and
     * starts only once the reviewer confirms: approvals are not taken back.
     */
    private void confirm() {
        List<OpenTask> tasks = waiting.getSelectedItems().stream()
                .sorted(Comparator.comparing((OpenTask t) -> t.report().department())
                        .thenComparing(t -> t.report().year()))
                .toList();
        if (tasks.isEmpty()) {
            Notifications.error(getTranslation("error.batch.none-selected"));
            return;
        }
        List<Selected> selected = tasks.stream().map(this::selected).toList();
        ConfirmDialog dialog = Confirmations.dialog("batch-confirm", getTranslation("batch.confirm.header"),
                getTranslation("batch.confirm.approve", selected.size()), "confirm-batch",
                () -> start(tasks.stream().map(t -> t.report().id()).toList()));
        Paragraph text = new Paragraph(getTranslation("batch.confirm.text", selected.size()));
        text.setId("batch-confirm-text");
        Grid<Selected> list = new Grid<>();
        list.setId("batch-confirm-reports");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(s -> describe(s.task().report())).setHeader(getTranslation("batch.report"))
                .setWidth("14em").setFlexGrow(3);
        list.addColumn(s -> s.errors() + s.warnings() == 0 ? getTranslation("batch.confirm.no-findings")
                : getTranslation("batch.confirm.findings", s.errors(), s.warnings()))
                .setHeader(getTranslation("batch.confirm.findings-header")).setWidth("9em").setFlexGrow(1);
        list.addColumn(Selected::score).setHeader(getTranslation("batch.confirm.score")).setWidth("8em")
                .setFlexGrow(1);
        list.addColumn(s -> s.task().due() == null ? getTranslation("batch.confirm.no-due")
                : s.task().due().toString()).setHeader(getTranslation("batch.confirm.due")).setWidth("7em")
                .setFlexGrow(0);
        list.setItems(selected);
        list.setAllRowsVisible(selected.size() <= 8);
        if (selected.size() > 8) {
            list.setHeight("22em");
        }
        long withErrors = selected.stream().filter(s -> s.errors() > 0).count();
        dialog.add(text, list);
        if (withErrors > 0) {
            Paragraph warning = new Paragraph(getTranslation("batch.confirm.with-errors", withErrors));
            warning.setId("batch-confirm-errors");
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            dialog.add(warning);
        }
        dialog.setWidth("min(48em, 96vw)");
        dialog.open();
    }

    private Selected selected(OpenTask t) {
        try {
            CheckReport found = checks.checkReport(t.report().id());
            return new Selected(t, found.count(Severity.ERROR), found.count(Severity.WARNING),
                    found.score().map(s -> getTranslation("batch.confirm.score-value", s.total().toPlainString(),
                            s.grade())).orElse(getTranslation("batch.confirm.no-score")));
        } catch (PerfevalException e) {
            // e.g. no longer visible: the approval itself will say why it skips the report
            return new Selected(t, 0, 0, getTranslation("batch.confirm.no-score"));
        }
    }

    /** Takes the confirmed selection and starts working through it on the following round trips. */
    private void start(List<Long> ids) {
        pending.clear();
        pending.addAll(ids);
        outcomes.clear();
        total = ids.size();
        batchComment = comment.getValue();
        setWorking(true);
        showProgress();
        UI ui = UI.getCurrent();
        polling = ui.addPollListener(this::step);
        ui.setPollInterval(POLL_MILLIS);
    }

    /** Approves the next reports of the selection, for a slice of time, then shows how far it got. */
    private void step(PollEvent event) {
        long until = System.nanoTime() + SLICE_NANOS;
        do {
            Long id = pending.poll();
            if (id == null) {
                break;
            }
            outcomes.addAll(workflow.approveBatch(List.of(id), batchComment));
        } while (System.nanoTime() < until);
        showProgress();
        if (pending.isEmpty()) {
            finish();
        }
    }

    private void finish() {
        stopPolling(UI.getCurrent());
        setWorking(false);
        long approved = outcomes.stream().filter(BatchOutcome::approved).count();
        summary.setText(getTranslation("batch.summary", approved, outcomes.size() - approved));
        results.setItems(List.copyOf(outcomes));
        results.setVisible(true);
        if (approved > 0) {
            Notifications.success(getTranslation("batch.summary", approved, outcomes.size() - approved));
        } else {
            Notifications.error(getTranslation("batch.summary", approved, outcomes.size() - approved));
        }
        refresh();
    }

    private void showProgress() {
        int done = total - pending.size();
        progress.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(getTranslation("batch.progress", done, total));
    }

    private void setWorking(boolean working) {
        approve.setEnabled(!working);
        comment.setReadOnly(working);
        waiting.setEnabled(!working);
        progress.setVisible(working);
        if (working) {
            summary.setText("");
            results.setVisible(false);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private String describe(BatchOutcome o) {
        return o.report() == null ? "#" + o.reportId() : describe(o.report());
    }

    private String describe(ReportSummary r) {
        return r.department() + " " + r.year() + getTranslation("report.year-suffix") + " "
                + getTranslation("kind." + r.kind().name()) + r.projectSuffix();
    }

    /** Leaving the screen stops the work: the reports not reached yet stay waiting, untouched. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.batch-sign-off") + " | " + getTranslation("app.title");
    }
}
