package cn.perfeval.workflow.ui;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.declaration.DeclarationAction;
import cn.perfeval.declaration.DeclarationDetails;
import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationFinding;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.declaration.DeclarationSummary;
import cn.perfeval.declaration.DeclarationVersionInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.Role;
import cn.perfeval.workflow.DeclarationWorkflow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tools.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One performance target declaration, read-only: its overall target, funds and indicators, the
 * findings of its checks and its versions, the due date of its waiting step and a standing return
 * with its reason; below them the moves the user may make at its step
 * (submit, withdraw, pass, approve, return with a reason).
 */
@Route("declarations/:id")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.BUREAU_REVIEWER, Role.Names.FINANCE_REVIEWER, Role.Names.ADMIN})
class DeclarationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DeclarationService declarations;
    private final DeclarationWorkflow workflow;
    private long id;
    private String title = "";
    /** The form of a draft the user may edit, null otherwise. */
    private DeclarationEditor editor;

    private final JsonMapper json;

    private final Directory directory;

    DeclarationView(DeclarationService declarations, DeclarationWorkflow workflow, JsonMapper json,
            Directory directory) {
        this.declarations = declarations;
        this.workflow = workflow;
        this.json = json;
        this.directory = directory;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            load();
        } catch (NumberFormatException | cn.perfeval.base.NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void load() {
        removeAll();
        DeclarationDetails details = declarations.details(id);
        DeclarationSummary s = details.summary();
        DeclarationDocument doc = details.document();
        title = s.department() + " " + s.year() + " " + getTranslation("declaration.kind." + s.kind().name())
                + (s.project().isEmpty() ? "" : "（" + s.project() + "）");
        H2 heading = new H2(title);
        heading.addClassName("view-title");
        Paragraph status = new Paragraph(getTranslation("declaration.view.status",
                getTranslation("declaration.status." + s.status().name()), String.valueOf(s.version()),
                s.versionInForce() == null ? "—" : String.valueOf(s.versionInForce())));
        status.setId("declaration-status");
        add(heading, status);
        workflow.due(id).ifPresent(due -> {
            Paragraph dueDate = new Paragraph(getTranslation("declaration.view.due", due.toString()));
            dueDate.setId("declaration-due");
            add(dueDate);
        });
        returned(s);
        Set<DeclarationAction> allowed = workflow.availableActions(id);
        editor = null;
        if (allowed.contains(DeclarationAction.SAVE)) {
            editor = new DeclarationEditor(doc);
            editor.mark(details.findings());
            Button save = new Button(getTranslation("declaration.action.SAVE"), e -> save());
            save.setId("save-declaration");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            add(editor, save);
        } else {
            readOnly(doc);
        }
        if (!details.findings().isEmpty()) {
            VerticalLayout findings = new VerticalLayout();
            findings.setId("findings");
            for (DeclarationFinding f : details.findings()) {
                findings.add(new Paragraph(getTranslation("declaration.view.severity." + f.severity().name()) + "："
                        + getTranslation(f.message().key(), f.message().args())));
            }
            add(new H3(getTranslation("declaration.view.findings")), findings);
        }
        Grid<DeclarationVersionInfo> versions = new Grid<>();
        versions.setId("versions");
        versions.addColumn(DeclarationVersionInfo::version).setHeader(getTranslation("declaration.view.version"));
        versions.addColumn(v -> getTranslation("declaration.state." + v.state().name()))
                .setHeader(getTranslation("declaration.view.state"));
        versions.addColumn(v -> v.reason() == null ? "" : v.reason()).setHeader(getTranslation("declaration.field.reason"));
        versions.addColumn(v -> v.approvedBy() == null ? "" : v.approvedBy())
                .setHeader(getTranslation("declaration.view.approved-by"));
        versions.setItems(details.versions());
        versions.setAllRowsVisible(true);
        add(new H3(getTranslation("declaration.view.versions")), versions);
        add(actions(allowed));
        files(allowed, doc);
    }

    /** The targets as they stand, for those who do not edit them. */
    private void readOnly(DeclarationDocument doc) {
        add(new H3(getTranslation("declaration.field.overallTarget")),
                new Paragraph(doc.overallTarget() == null ? "" : doc.overallTarget()));
        if (doc.funds() != null) {
            add(new Paragraph(getTranslation("declaration.view.funds", plain(doc.funds().total()),
                    plain(doc.funds().fiscal()), plain(doc.funds().other()),
                    getTranslation("declaration.view.unit." + (doc.unit() == null ? "YUAN" : doc.unit().name())))));
        }
        Grid<DeclarationDocument.Indicator> indicators = new Grid<>();
        indicators.setId("indicators");
        indicators.addColumn(DeclarationDocument.Indicator::level1).setHeader(getTranslation("declaration.field.level1"));
        indicators.addColumn(DeclarationDocument.Indicator::level2).setHeader(getTranslation("declaration.field.level2"));
        indicators.addColumn(DeclarationDocument.Indicator::name).setHeader(getTranslation("declaration.field.name"));
        indicators.addColumn(DeclarationDocument.Indicator::target).setHeader(getTranslation("declaration.field.target"));
        indicators.addColumn(i -> plain(i.weight())).setHeader(getTranslation("declaration.field.weight"));
        indicators.setItems(doc.indicators() == null ? java.util.List.of() : doc.indicators());
        indicators.setAllRowsVisible(true);
        add(new H3(getTranslation("declaration.field.indicators")), indicators);
    }

    /**
     * Saves the form: stored when the service accepts it (the page then shows the checks' findings at
     * their fields); otherwise nothing is stored, the input stays and each problem is shown at its field.
     */
    private void save() {
        if (store()) {
            Notifications.success(getTranslation("declaration.editor.saved"));
            load();
        }
    }

    private boolean store() {
        try {
            declarations.update(id, editor.document());
            return true;
        } catch (PerfevalException e) {
            refused(editor, e);
            return false;
        }
    }

    private static void refused(DeclarationEditor form, PerfevalException e) {
        form.show(e);
        Notifications.error(e);
        com.vaadin.flow.component.Component first = form.firstMarked();
        if (first != null) {
            first.scrollIntoView();
        }
    }

    /**
     * A declaration sent back to drafting shows 已退回 with who returned it and why; one whose
     * adjustment finance returned shows that the adjustment was refused, with the reason.
     */
    private void returned(DeclarationSummary s) {
        if (s.status() != DeclarationStatus.DRAFTING && s.status() != DeclarationStatus.APPROVED) {
            return;
        }
        StandingReturn.ofDeclaration(declarations.history(id), directory).ifPresent(r -> {
            Span badge = new Span(getTranslation(s.status() == DeclarationStatus.DRAFTING ? "declaration.view.returned"
                    : "declaration.view.refused"));
            badge.getElement().getThemeList().add("badge error");
            badge.setId("declaration-returned");
            Span reason = new Span(getTranslation("declaration.view.returned-by", r.by(), r.reason()));
            reason.setId("declaration-return-reason");
            reason.getStyle().set("margin-left", "var(--lumo-space-s)");
            add(new Div(badge, reason));
        });
    }

    /**
     * The drafter's files: a new document replaces the draft's while drafting; once approved, an
     * adjusted document with its reason asks for a target adjustment.
     */
    private void files(Set<DeclarationAction> allowed, DeclarationDocument doc) {
        if (allowed.contains(DeclarationAction.SAVE)) {
            add(cn.perfeval.report.ui.ReportFiles.upload("replace-json", getTranslation("declaration.view.replace"),
                    (name, bytes) -> run(() -> declarations.update(id, DeclarationFiles.read(json, bytes)))));
        }
        if (allowed.contains(DeclarationAction.ADJUST)) {
            TextArea reason = new TextArea(getTranslation("declaration.field.reason"));
            reason.setId("adjust-reason");
            reason.setWidth("30em");
            HorizontalLayout bar = new HorizontalLayout(reason, cn.perfeval.report.ui.ReportFiles.upload("adjust-json",
                    getTranslation("declaration.action.ADJUST"), (name, bytes) -> run(() -> declarations
                            .requestAdjustment(id, reason.getValue(), DeclarationFiles.read(json, bytes)))));
            bar.setAlignItems(Alignment.END);
            DeclarationEditor adjusted = new DeclarationEditor(doc);
            adjusted.setId("adjustment-editor");
            Button ask = new Button(getTranslation("declaration.editor.adjust"), e -> {
                try {
                    DeclarationSummary after = declarations.requestAdjustment(id, reason.getValue(),
                            adjusted.document());
                    Notifications.success(getTranslation("declaration.view.done",
                            getTranslation("declaration.status." + after.status().name())));
                    load();
                } catch (PerfevalException refusal) {
                    refused(adjusted, refusal);
                    boolean noReason = (refusal instanceof cn.perfeval.base.InvalidInputException invalid)
                            && invalid.problems().stream().anyMatch(p -> p.field().equals("reason"));
                    reason.setInvalid(noReason);
                    reason.setErrorMessage(noReason ? getTranslation("declaration.editor.reason-required") : null);
                }
            });
            ask.setId("adjust");
            ask.addThemeVariants(ButtonVariant.PRIMARY);
            VerticalLayout form = new VerticalLayout(adjusted, ask);
            form.setPadding(false);
            form.setVisible(false);
            Button open = new Button(getTranslation("declaration.editor.open-adjustment"), e -> {
                form.setVisible(true);
                e.getSource().setVisible(false);
            });
            open.setId("open-adjustment");
            add(new H3(getTranslation("declaration.action.ADJUST")), bar, open, form);
        }
    }

    private HorizontalLayout actions(Set<DeclarationAction> allowed) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(Alignment.END);
        TextArea comment = new TextArea(getTranslation("action.comment"));
        comment.setId("comment");
        comment.setWidth("30em");
        boolean any = false;
        for (DeclarationAction action : java.util.List.of(DeclarationAction.SUBMIT, DeclarationAction.WITHDRAW,
                DeclarationAction.PASS, DeclarationAction.APPROVE, DeclarationAction.RETURN)) {
            if (!allowed.contains(action)) {
                continue;
            }
            any = true;
            Button button = new Button(getTranslation(action.labelKey()), e -> run(() -> switch (action) {
                case SUBMIT -> {
                    // What the form holds is saved first; a refused save keeps the input and submits nothing.
                    if (editor != null && !store()) {
                        yield null;
                    }
                    yield workflow.submit(id, comment.getValue());
                }
                case WITHDRAW -> workflow.withdraw(id, comment.getValue());
                case PASS -> workflow.pass(id, comment.getValue());
                case APPROVE -> workflow.approve(id, comment.getValue());
                default -> workflow.returnDeclaration(id, comment.getValue());
            }));
            button.setId(action.name().toLowerCase(java.util.Locale.ROOT));
            if (action == DeclarationAction.RETURN || action == DeclarationAction.WITHDRAW) {
                button.addThemeVariants(ButtonVariant.ERROR);
            } else {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            bar.add(button);
        }
        if (any) {
            bar.addComponentAsFirst(comment);
        }
        return bar;
    }

    private void run(Supplier<DeclarationSummary> action) {
        try {
            DeclarationSummary after = action.get();
            if (after == null) {
                return;
            }
            Notifications.success(getTranslation("declaration.view.done",
                    getTranslation("declaration.status." + after.status().name())));
            load();
        } catch (PerfevalException e) {
            Notifications.error(e);
            if (e instanceof ActionRefusedException refused && refused.problems().isEmpty()) {
                load();
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
