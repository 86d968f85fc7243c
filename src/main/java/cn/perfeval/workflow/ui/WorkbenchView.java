package cn.perfeval.workflow.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.workflow.OpenTask;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.Step;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 工作台: the tasks waiting for the signed-in user with their due dates, each opening its step's screen. */
@Route("")
@Menu(order = 0, title = "nav.workbench")
@PermitAll
class WorkbenchView extends VerticalLayout implements HasDynamicTitle {

    private final Clock clock;

    WorkbenchView(ReportWorkflow workflow, Clock clock) {
        this.clock = clock;
        H2 title = new H2(getTranslation("workbench.title"));
        title.addClassName("view-title");
        add(title);
        List<OpenTask> tasks = workflow.myTasks();
        if (tasks.isEmpty()) {
            add(new Paragraph(getTranslation("workbench.empty")));
            return;
        }
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
        grid.addComponentColumn(t -> {
            Button open = new Button(getTranslation("workbench.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate(route(t.step(), t.report().id()))));
            open.setId("open-" + t.report().id());
            return open;
        });
        grid.setItems(tasks);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** The task's due date; in red once it has passed. */
    private Span due(OpenTask task) {
        if (task.due() == null) {
            return new Span();
        }
        boolean overdue = LocalDate.ofInstant(clock.instant(), Formats.ZONE).isAfter(task.due());
        Span due = new Span(overdue ? getTranslation("deadlines.overdue-since", task.due().toString())
                : task.due().toString());
        due.setId("due-" + task.report().id());
        if (overdue) {
            due.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return due;
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
