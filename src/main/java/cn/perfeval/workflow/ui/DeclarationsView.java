package cn.perfeval.workflow.ui;

import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationSummary;
import cn.perfeval.identity.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The performance target declarations the user may see, whatever their step; each opens its page. */
@Route("declarations")
@Menu(order = 11, title = "nav.declarations")
@RolesAllowed({Role.Names.DRAFTER, Role.Names.BUREAU_REVIEWER, Role.Names.FINANCE_REVIEWER, Role.Names.ADMIN})
class DeclarationsView extends VerticalLayout implements HasDynamicTitle {

    DeclarationsView(DeclarationService declarations) {
        H2 title = new H2(getTranslation("declarations.title"));
        title.addClassName("view-title");
        Grid<DeclarationSummary> grid = new Grid<>();
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
        add(title, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("declarations.title") + " | " + getTranslation("app.title");
    }
}
