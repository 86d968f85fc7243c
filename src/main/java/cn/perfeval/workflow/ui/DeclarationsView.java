package cn.perfeval.workflow.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.FieldErrors;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationSummary;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ui.ReportFiles;
import cn.perfeval.report.ReportKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
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
 * A drafter starts an empty declaration of its department (新建申报) to fill in on its page, or
 * declares targets from a JSON file (docs/declarations.md).
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
            Button create = new Button(getTranslation("declarations.new"), VaadinIcon.PLUS.create(),
                    e -> openNew());
            create.setId("new-declaration");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            top.add(create);
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

    /**
     * 新建申报: the year, the kind and, for a project or transfer payment, the project's name; an
     * empty draft of the drafter's department is created and its page opened to be filled in.
     */
    private void openNew() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("declarations.new"));
        IntegerField year = new IntegerField(getTranslation("declaration.field.year"));
        year.setId("new-year");
        year.setValue(java.time.LocalDate.now(Formats.ZONE).getYear() + 1);
        year.setStepButtonsVisible(true);
        Select<ReportKind> kind = new Select<>();
        kind.setId("new-kind");
        kind.setLabel(getTranslation("declaration.field.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("declaration.kind." + k.name()));
        kind.setValue(ReportKind.DEPARTMENT_OVERALL);
        TextField project = new TextField(getTranslation("declaration.field.project.name"));
        project.setId("new-project");
        project.setWidth("20em");
        project.setVisible(false);
        kind.addValueChangeListener(e -> project.setVisible(e.getValue() != ReportKind.DEPARTMENT_OVERALL));
        FieldErrors errors = new FieldErrors().field("year", year).field("kind", kind).field("project.name", project);
        Button create = new Button(getTranslation("declarations.new.create"), e -> {
            try {
                DeclarationSummary created = declarations.createDraft(year.getValue(), kind.getValue(),
                        kind.getValue() == ReportKind.DEPARTMENT_OVERALL ? null : project.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("declarations/" + created.id()));
            } catch (PerfevalException refused) {
                errors.show(refused);
            }
        });
        create.setId("new-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        VerticalLayout form = new VerticalLayout(year, kind, project);
        form.setPadding(false);
        dialog.add(form);
        dialog.getFooter().add(cancel, create);
        dialog.open();
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
