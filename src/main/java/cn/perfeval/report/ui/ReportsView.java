package cn.perfeval.report.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
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
import tools.jackson.databind.json.JsonMapper;

/** The reports the user may see, whatever their step; a drafter imports a new report from a JSON file. */
@Route("reports")
@Menu(order = 10, title = "nav.reports")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.BUREAU_REVIEWER, Role.Names.FINANCE_REVIEWER, Role.Names.ADMIN})
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private final ReportService reports;
    private final JsonMapper json;
    private final Grid<ReportSummary> grid = new Grid<>();

    ReportsView(ReportService reports, CurrentUser currentUser, JsonMapper json) {
        this.reports = reports;
        this.json = json;
        H2 title = new H2(getTranslation("reports.title"));
        title.addClassName("view-title");
        HorizontalLayout top = new HorizontalLayout(title);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        if (currentUser.require().has(Role.DRAFTER)) {
            top.add(ReportFiles.upload("import-json", getTranslation("reports.import"), this::imported));
        }
        grid.setId("reports");
        grid.addComponentColumn(r -> new Anchor("reports/" + r.id(), r.department()))
                .setHeader(getTranslation("report.department")).setAutoWidth(true);
        grid.addColumn(ReportSummary::year).setHeader(getTranslation("report.year")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("kind." + r.kind().name()) + r.projectSuffix())
                .setHeader(getTranslation("report.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("status." + r.status().name())).setHeader(getTranslation("report.status"))
                .setAutoWidth(true);
        grid.addColumn(ReportSummary::round).setHeader(getTranslation("history.round")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.updatedAt())).setHeader(getTranslation("report.updated-at"))
                .setAutoWidth(true);
        grid.setItems(reports.list(null, null, null));
        add(top, grid);
    }

    /** A JSON file becomes a new report of the drafter's department, all or nothing. */
    private void imported(String fileName, byte[] bytes) {
        try {
            ReportDocument doc = ReportFiles.read(json, bytes);
            ReportSummary created = reports.importDocument(doc);
            grid.setItems(reports.list(null, null, null));
            Notifications.success(getTranslation("reports.imported", fileName, created.department(), String.valueOf(created.year()),
                    getTranslation("kind." + created.kind().name()) + created.projectSuffix()));
        } catch (PerfevalException e) {
            Notifications.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " | " + getTranslation("app.title");
    }
}
