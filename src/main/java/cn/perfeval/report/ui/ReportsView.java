package cn.perfeval.report.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The reports the user may see, whatever their step. */
@Route("reports")
@Menu(order = 10, title = "nav.reports")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.BUREAU_REVIEWER, Role.Names.FINANCE_REVIEWER, Role.Names.ADMIN})
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    ReportsView(ReportService reports) {
        H2 title = new H2(getTranslation("reports.title"));
        title.addClassName("view-title");
        Grid<ReportSummary> grid = new Grid<>();
        grid.setId("reports");
        grid.addComponentColumn(r -> new Anchor("reports/" + r.id(), r.department()))
                .setHeader(getTranslation("report.department")).setAutoWidth(true);
        grid.addColumn(ReportSummary::year).setHeader(getTranslation("report.year")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("kind." + r.kind().name())).setHeader(getTranslation("report.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("status." + r.status().name())).setHeader(getTranslation("report.status"))
                .setAutoWidth(true);
        grid.addColumn(ReportSummary::round).setHeader(getTranslation("history.round")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.updatedAt())).setHeader(getTranslation("report.updated-at"))
                .setAutoWidth(true);
        grid.setItems(reports.list(null, null, null));
        add(title, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " | " + getTranslation("app.title");
    }
}
