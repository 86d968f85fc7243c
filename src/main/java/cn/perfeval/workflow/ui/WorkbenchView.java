package cn.perfeval.workflow.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.base.ui.WorkbenchPanel;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Directory;
import cn.perfeval.report.ReportService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import cn.perfeval.identity.Role;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.workflow.DeclarationTask;
import cn.perfeval.workflow.DeclarationWorkflow;
import cn.perfeval.workflow.OpenTask;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.Step;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 工作台: the tasks waiting for the signed-in user with their due dates, each opening its step's
 * screen; below them the performance target declarations waiting for the user, each opening the
 * declaration. The three administrators, who hold no tasks, land on their own home page instead.
 */
@Route("")
@Menu(order = 0, title = "nav.workbench")
@PermitAll
class WorkbenchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Clock clock;
    private final String home;

    private final ReportService reports;
    private final Directory directory;

    private final DeclarationService declarations;

    WorkbenchView(ReportWorkflow workflow, Clock clock, CurrentUser currentUser, ReportService reports,
            Directory directory, ObjectProvider<WorkbenchPanel> panels, DeclarationWorkflow declarationRoute,
            DeclarationService declarations) {
        this.clock = clock;
        this.reports = reports;
        this.directory = directory;
        this.declarations = declarations;
        H2 title = new H2(getTranslation("workbench.title"));
        title.addClassName("view-title");
        add(title);
        panels.orderedStream().map(WorkbenchPanel::create).filter(java.util.Objects::nonNull).forEach(this::add);
        List<OpenTask> tasks = workflow.myTasks();
        List<DeclarationTask> declared = declarationRoute.myTasks();
        this.home = tasks.isEmpty() && declared.isEmpty()
                ? currentUser.find().map(user -> home(user.role())).orElse(null) : null;
        if (tasks.isEmpty()) {
            add(new Paragraph(getTranslation("workbench.empty")));
        } else {
            add(reportTasks(tasks));
        }
        if (!declared.isEmpty()) {
            add(new H3(getTranslation("workbench.declarations")), declarationTasks(declared));
        }
    }

    /**
     * The declarations waiting for the user: department, year, kind and project, step, since when,
     * due date with the days left, a standing return with its reason; 办理 opens the declaration.
     */
    private Grid<DeclarationTask> declarationTasks(List<DeclarationTask> declared) {
        Grid<DeclarationTask> grid = new Grid<>();
        grid.setId("declaration-tasks");
        grid.addColumn(t -> t.declaration().department()).setHeader(getTranslation("report.department"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.declaration().year()).setHeader(getTranslation("report.year")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("declaration.kind." + t.declaration().kind().name())
                + (t.declaration().project().isEmpty() ? "" : "（" + t.declaration().project() + "）"))
                .setHeader(getTranslation("report.kind")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("declaration.status." + t.status().name()))
                .setHeader(getTranslation("workbench.step")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.since())).setHeader(getTranslation("workbench.since")).setAutoWidth(true);
        grid.addComponentColumn(t -> due(t.due(), "declaration-due-" + t.declaration().id()))
                .setHeader(getTranslation("deadlines.due")).setAutoWidth(true);
        grid.addComponentColumn(this::declarationReturned).setHeader(getTranslation("workbench.note"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button open = new Button(getTranslation("workbench.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate("declarations/" + t.declaration().id())));
            open.setId("open-declaration-" + t.declaration().id());
            return open;
        });
        grid.setItems(declared);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** For a declaration sent back to drafting: 已退回, the reason and who returned it. */
    private Component declarationReturned(DeclarationTask task) {
        Div note = new Div();
        if (task.status() != DeclarationStatus.DRAFTING) {
            return note;
        }
        long id = task.declaration().id();
        StandingReturn.ofDeclaration(declarations.history(id), directory).ifPresent(r -> {
            Span badge = new Span(getTranslation("workbench.returned"));
            badge.getElement().getThemeList().add("badge error");
            badge.setId("declaration-returned-" + id);
            Span reason = new Span(getTranslation("workbench.returned-by", r.by(), r.reason()));
            reason.setId("declaration-return-reason-" + id);
            reason.getStyle().set("margin-left", "var(--lumo-space-s)").set("white-space", "normal");
            note.add(badge, reason);
        });
        return note;
    }

    private Grid<OpenTask> reportTasks(List<OpenTask> tasks) {
        Grid<OpenTask> grid = new Grid<>();
        grid.setId("tasks");
        grid.addColumn(t -> t.report().department()).setHeader(getTranslation("report.department")).setAutoWidth(true);
        grid.addColumn(t -> t.report().year()).setHeader(getTranslation("report.year")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("kind." + t.report().kind().name()) + t.report().projectSuffix())
                .setHeader(getTranslation("report.kind"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.step().labelKey())).setHeader(getTranslation("workbench.step"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.report().round()).setHeader(getTranslation("history.round")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.since())).setHeader(getTranslation("workbench.since")).setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("deadlines.due")).setAutoWidth(true);
        grid.addComponentColumn(this::returned).setHeader(getTranslation("workbench.note")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button open = new Button(getTranslation("workbench.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate(route(t.step(), t.report().id()))));
            open.setId("open-" + t.report().id());
            return open;
        });
        grid.setItems(tasks);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The task's due date with the days left, or the days it is overdue (in red). */
    private Span due(OpenTask task) {
        return due(task.due(), "due-" + task.report().id());
    }

    private Span due(LocalDate dueDate, String id) {
        if (dueDate == null) {
            return new Span();
        }
        long left = ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), Formats.ZONE), dueDate);
        boolean overdue = left < 0;
        String date = dueDate.toString();
        Span due = new Span(overdue ? getTranslation("workbench.overdue-days", date, -left)
                : left == 0 ? getTranslation("workbench.due-today", date)
                : getTranslation("workbench.days-left", date, left));
        due.setId(id);
        if (overdue) {
            due.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return due;
    }

    /** For a report sent back to drafting: 已退回, the reason and who returned it. */
    private Component returned(OpenTask task) {
        Div note = new Div();
        if (task.step() != Step.DRAFTING) {
            return note;
        }
        StandingReturn.of(reports.history(task.report().id()), directory).ifPresent(r -> {
            Span badge = new Span(getTranslation("workbench.returned"));
            badge.getElement().getThemeList().add("badge error");
            badge.setId("returned-" + task.report().id());
            Span reason = new Span(getTranslation("workbench.returned-by", r.by(), r.reason()));
            reason.setId("return-reason-" + task.report().id());
            reason.getStyle().set("margin-left", "var(--lumo-space-s)").set("white-space", "normal");
            note.add(badge, reason);
        });
        return note;
    }

    /** The home page of a role that holds no tasks; none for the roles that work on reports. */
    static String home(Role role) {
        return switch (role) {
            case ADMIN -> "admin/dashboard";
            case SECURITY_ADMIN -> "admin/security";
            case AUDITOR -> "audit";
            case DRAFTER, BUREAU_REVIEWER, FINANCE_REVIEWER -> null;
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (home != null) {
            event.forwardTo(home);
        }
    }

    static String route(Step step, long reportId) {
        return switch (step) {
            case DRAFTING -> "drafting/" + reportId;
            case BUREAU_REVIEW -> "bureau-review/" + reportId;
            case FINANCE_SIGN_OFF -> "sign-off/" + reportId;
            case PUBLICATION -> "publish/" + reportId;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workbench.title") + " | " + getTranslation("app.title");
    }
}
