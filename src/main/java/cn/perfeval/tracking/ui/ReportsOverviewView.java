package cn.perfeval.tracking.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.Role;
import cn.perfeval.tracking.TrackingService;
import cn.perfeval.tracking.TrackingService.Row;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Every report of every department with its status and the step it waits on. */
@Route("admin/reports")
@Menu(order = 20, title = "nav.tracking")
@RolesAllowed(Role.Names.ADMIN)
class ReportsOverviewView extends VerticalLayout implements HasDynamicTitle {

    ReportsOverviewView(TrackingService tracking) {
        H2 title = new H2(getTranslation("tracking.title"));
        title.addClassName("view-title");
        Grid<Row> grid = new Grid<>();
        grid.setId("overview");
        grid.addComponentColumn(r -> new Anchor("reports/" + r.report().id(), r.report().department()))
                .setHeader(getTranslation("report.department")).setAutoWidth(true);
        grid.addColumn(r -> r.report().year()).setHeader(getTranslation("report.year")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("kind." + r.report().kind().name())).setHeader(getTranslation("report.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("status." + r.report().status().name()))
                .setHeader(getTranslation("report.status")).setAutoWidth(true);
        grid.addColumn(r -> r.step() == null ? getTranslation("tracking.no-step") : getTranslation(r.step().step().labelKey()))
                .setHeader(getTranslation("tracking.stage")).setAutoWidth(true);
        grid.addColumn(r -> r.step() == null ? "" : Formats.dateTime(r.step().since()))
                .setHeader(getTranslation("workbench.since")).setAutoWidth(true);
        grid.addColumn(r -> r.report().round()).setHeader(getTranslation("history.round")).setAutoWidth(true);
        grid.setItems(tracking.overview());
        setSizeFull();
        add(title, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracking.title") + " | " + getTranslation("app.title");
    }
}
