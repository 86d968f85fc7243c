package cn.perfeval.tracking.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportKind;
import cn.perfeval.tracking.TrackingService;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.tracking.TrackingService.Row;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Every report of every department with its status, the step it waits on and that step's due
 * date; overdue ones flagged, and filters that keep only them or one kind of report.
 */
@Route("admin/reports")
@Menu(order = 20, title = "nav.tracking")
@RolesAllowed(Role.Names.ADMIN)
class ReportsOverviewView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox overdueOnly = new Checkbox();
    final ComboBox<ReportKind> kind = new ComboBox<>();
    final Span count = new Span();

    ReportsOverviewView(TrackingService tracking) {
        H2 title = new H2(getTranslation("tracking.title"));
        title.addClassName("view-title");
        Grid<Row> grid = new Grid<>();
        grid.setId("overview");
        grid.addComponentColumn(r -> new Anchor("reports/" + r.report().id(), r.report().department()))
                .setHeader(getTranslation("report.department")).setAutoWidth(true);
        grid.addColumn(r -> r.report().year()).setHeader(getTranslation("report.year")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("kind." + r.report().kind().name()) + r.report().projectSuffix())
                .setHeader(getTranslation("report.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("status." + r.report().status().name()))
                .setHeader(getTranslation("report.status")).setAutoWidth(true);
        grid.addColumn(this::stage).setHeader(getTranslation("tracking.stage")).setAutoWidth(true);
        grid.addColumn(r -> r.step() == null ? "" : Formats.dateTime(r.step().since()))
                .setHeader(getTranslation("workbench.since")).setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("deadlines.due")).setAutoWidth(true);
        grid.addColumn(r -> r.report().round()).setHeader(getTranslation("history.round")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.report().approvedAt())).setHeader(getTranslation("tracking.approved-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::publicationDays).setHeader(getTranslation("tracking.publication-days"))
                .setAutoWidth(true);
        overdueOnly.setId("overview-overdue");
        overdueOnly.setLabel(getTranslation("deadlines.overdue-only"));
        kind.setId("overview-kind");
        kind.setLabel(getTranslation("report.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("dashboard.kind.all"));
        count.setId("overview-count");
        Runnable show = () -> {
            List<Row> rows = tracking.overview(overdueOnly.getValue()).stream()
                    .filter(r -> kind.isEmpty() || r.report().kind() == kind.getValue()).toList();
            grid.setItems(rows);
            count.setText(getTranslation("dashboard.count.reports", rows.size()));
        };
        overdueOnly.addValueChangeListener(e -> show.run());
        kind.addValueChangeListener(e -> show.run());
        show.run();
        HorizontalLayout filters = new HorizontalLayout(kind, overdueOnly, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        setSizeFull();
        add(title, filters, grid);
    }

    /** The open step's due date; in red with 已逾期 once it has passed. */
    private Span due(Row r) {
        if (r.step() == null || r.step().due() == null) {
            return new Span();
        }
        Span due = new Span(r.stepOverdue() ? getTranslation("deadlines.overdue-since", r.step().due().toString())
                : r.step().due().toString());
        if (r.stepOverdue()) {
            due.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return due;
    }

    private String stage(Row r) {
        if (r.step() != null) {
            return getTranslation(r.step().step().labelKey());
        }
        if (r.report().publicationScheduledFor() != null) {
            return getTranslation("publish.scheduled", Formats.dateTime(r.report().publicationScheduledFor()));
        }
        return getTranslation("tracking.no-step");
    }

    /** Days since approval against the 20-day limit; red once the limit has passed unpublished. */
    private Span publicationDays(Row r) {
        if (r.daysSinceApproval() == null) {
            return new Span();
        }
        Span days = new Span(getTranslation(r.report().publishedAt() == null ? "tracking.days-waiting"
                : "tracking.days-to-publish", r.daysSinceApproval(), ReportSummary.PUBLICATION_LIMIT_DAYS));
        if (r.publicationOverdue()) {
            days.getStyle().set("color", "var(--lumo-error-text-color)");
            days.getElement().setAttribute("title", getTranslation("tracking.overdue"));
        }
        return days;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.title") + " | " + getTranslation("app.title");
    }
}
