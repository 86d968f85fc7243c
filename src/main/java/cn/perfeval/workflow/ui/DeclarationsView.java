package cn.perfeval.workflow.ui;

import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationSummary;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ui.ReportFiles;
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

/**
 * The performance target declarations the user may see, whatever their step; each opens its page.
 * A drafter declares new targets from a JSON file (docs/declarations.md).
 */
@Route("declarations")
@Menu(order = 11, title = "nav.declarations")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.BUREAU_REVIEWER, Role.Names.FINANCE_REVIEWER, Role.Names.ADMIN})
class DeclarationsView extends VerticalLayout implements HasDynamicTitle {

    private final DeclarationService declarations;
    private final JsonMapper json;
    private final Grid<DeclarationSummary> grid = new Grid<>();

    DeclarationsView(DeclarationService declarations, CurrentUser currentUser, JsonMapper json) {
        this.declarations = declarations;
        this.json = json;
        H2 title = new H2(getTranslation("declarations.title"));
        title.addClassName("view-title");
        HorizontalLayout top = new HorizontalLayout(title);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        if (currentUser.require().has(Role.DRAFTER)) {
            top.add(ReportFiles.upload("declaration-json", getTranslation("declarations.import"), this::imported));
        }
        grid.setId("declarations");
        grid.addComponentColumn(d -> new Anchor("declarations/" + d.id(), d.department()))
                .setHeader(getTranslation("report.department")).setAutoWidth(true);
        grid.addColumn(DeclarationSummary::year).setHeader(getTranslation("report.year")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("declaration.kind." + d.kind().name())
                + (d.project().isEmpty() ? "" : "（" + d.project() + "）"))
                .setHeader(getTranslation("declaration.view.kind")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("declaration.status." + d.status().name()))
                .setHeader(getTranslation("report.status")).setAutoWidth(true);
        grid.addColumn(d -> d.versionInForce() == null ? "" : String.valueOf(d.versionInForce()))
                .setHeader(getTranslation("declarations.version-in-force")).setAutoWidth(true);
        grid.setItems(declarations.list(null, null));
        add(top, grid);
    }

    /** A JSON file becomes a new declaration of the drafter's department, all or nothing. */
    private void imported(String fileName, byte[] bytes) {
        try {
            DeclarationSummary created = declarations.create(DeclarationFiles.read(json, bytes));
            grid.setItems(declarations.list(null, null));
            Notifications.success(getTranslation("declarations.imported", fileName,
                    getTranslation("declaration.status." + created.status().name())));
        } catch (PerfevalException e) {
            Notifications.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("declarations.title") + " | " + getTranslation("app.title");
    }
}
