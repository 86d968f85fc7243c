package cn.perfeval.checks.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.checks.FrameworkSummary;
import cn.perfeval.checks.ScoringFrameworks;
import cn.perfeval.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;

/**
 * Scoring frameworks for administrators: the stored frameworks, and a JSON editor to change one
 * or load a new one (typed, pasted or uploaded). A definition that does not add up is refused
 * with every problem listed, and stays in the editor.
 */
@Route("admin/frameworks")
@Menu(order = 30, title = "nav.frameworks")
@RolesAllowed(Role.Names.ADMIN)
class FrameworksView extends VerticalLayout implements HasDynamicTitle {

    private final ScoringFrameworks frameworks;
    private final Grid<FrameworkSummary> grid = new Grid<>();
    private final TextArea editor = new TextArea();

    FrameworksView(ScoringFrameworks frameworks) {
        this.frameworks = frameworks;
        H2 title = new H2(getTranslation("frameworks.title"));
        title.addClassName("view-title");

        grid.setId("frameworks");
        grid.setAllRowsVisible(true);
        grid.addColumn(FrameworkSummary::name).setHeader(getTranslation("frameworks.name")).setFlexGrow(3);
        grid.addColumn(FrameworkSummary::key).setHeader(getTranslation("frameworks.key")).setAutoWidth(true);
        grid.addColumn(f -> f.totalPoints().toPlainString()).setHeader(getTranslation("frameworks.total"))
                .setAutoWidth(true);
        grid.addColumn(FrameworkSummary::items).setHeader(getTranslation("frameworks.items")).setAutoWidth(true);
        grid.addColumn(f -> f.updatedBy() + "，" + Formats.dateTime(f.updatedAt()))
                .setHeader(getTranslation("report.updated-at")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.setValue(frameworks.definition(e.getValue().name()));
            }
        });

        editor.setId("framework-definition");
        editor.setLabel(getTranslation("frameworks.definition"));
        editor.setWidthFull();
        editor.setHeight("28em");
        editor.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                editor.setValue(new String(bytes, StandardCharsets.UTF_8))));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(1024 * 1024);
        upload.setId("framework-upload");

        Button save = new Button(getTranslation("frameworks.save"), e -> save());
        save.setId("framework-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);

        add(title, new Paragraph(getTranslation("frameworks.lead")), grid, editor,
                new HorizontalLayout(save, upload));
        refresh();
    }

    private void save() {
        try {
            FrameworkSummary saved = frameworks.save(editor.getValue());
            Notifications.success(getTranslation("frameworks.saved", saved.name()));
            refresh();
        } catch (PerfevalException e) {
            Notifications.error(e);
        }
    }

    private void refresh() {
        grid.setItems(frameworks.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frameworks.title") + " | " + getTranslation("app.title");
    }
}
