package cn.perfeval.tracking.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.FieldErrors;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.Role;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundInfo;
import cn.perfeval.tracking.RoundService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Opens a year's round (评价任务) for a region or chosen departments with the due date of each
 * step, changes those dates while it is open, and closes it.
 */
@Route("admin/rounds")
@Menu(order = 21, title = "nav.rounds")
@RolesAllowed(Role.Names.ADMIN)
class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final RoundService rounds;
    private final Grid<RoundInfo> grid = new Grid<>();
    final IntegerField year = new IntegerField();
    final TextField name = new TextField();
    final DatePicker deadline = new DatePicker();
    final DatePicker bureauDeadline = new DatePicker();
    final DatePicker financeDeadline = new DatePicker();
    final DatePicker publicationDeadline = new DatePicker();
    final ComboBox<Map.Entry<Long, String>> region = new ComboBox<>();
    final MultiSelectComboBox<DepartmentInfo> departments = new MultiSelectComboBox<>();
    private final FieldErrors formErrors = new FieldErrors();

    RoundsView(RoundService rounds, Directory directory) {
        this.rounds = rounds;
        H2 title = new H2(getTranslation("rounds.title"));
        title.addClassName("view-title");
        List<DepartmentInfo> all = directory.departments();

        year.setId("round-year");
        year.setLabel(getTranslation("rounds.year"));
        year.setValue(LocalDate.now(Formats.ZONE).getYear() - 1);
        name.setId("round-name");
        name.setLabel(getTranslation("rounds.name"));
        deadline.setId("round-deadline");
        deadline.setLabel(getTranslation("rounds.deadline"));
        bureauDeadline.setId("round-bureau-deadline");
        bureauDeadline.setLabel(getTranslation("rounds.deadline.bureau"));
        financeDeadline.setId("round-finance-deadline");
        financeDeadline.setLabel(getTranslation("rounds.deadline.finance"));
        publicationDeadline.setId("round-publication-deadline");
        publicationDeadline.setLabel(getTranslation("rounds.deadline.publication"));
        LocalDate today = LocalDate.now(Formats.ZONE);
        for (DatePicker picker : List.of(deadline, bureauDeadline, financeDeadline, publicationDeadline)) {
            picker.setMin(today);
        }
        region.setId("round-region");
        region.setLabel(getTranslation("rounds.region"));
        region.setItems(all.stream().collect(Collectors.toMap(DepartmentInfo::regionId, DepartmentInfo::regionName,
                (a, b) -> a, java.util.TreeMap::new)).entrySet().stream().toList());
        region.setItemLabelGenerator(Map.Entry::getValue);
        region.setClearButtonVisible(true);
        departments.setId("round-departments");
        departments.setLabel(getTranslation("rounds.departments"));
        departments.setItems(all);
        departments.setItemLabelGenerator(DepartmentInfo::name);
        departments.setHelperText(getTranslation("rounds.departments.help"));
        Button open = new Button(getTranslation("rounds.open"), e -> open());
        open.setId("round-open");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        formErrors.field("year", year).field("name", name).field("deadline", deadline)
                .field("bureauReviewDeadline", bureauDeadline).field("financeSignOffDeadline", financeDeadline)
                .field("publicationDeadline", publicationDeadline).field("departments", departments);
        HorizontalLayout form = new HorizontalLayout(year, name, deadline, bureauDeadline, financeDeadline,
                publicationDeadline, region, departments, open);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.setId("rounds");
        grid.addColumn(RoundInfo::year).setHeader(getTranslation("rounds.year")).setAutoWidth(true);
        grid.addColumn(RoundInfo::name).setHeader(getTranslation("rounds.name")).setAutoWidth(true);
        grid.addColumn(r -> r.deadline().toString()).setHeader(getTranslation("rounds.deadline")).setAutoWidth(true);
        grid.addColumn(r -> date(r.deadlines().bureauReview())).setHeader(getTranslation("rounds.deadline.bureau"))
                .setAutoWidth(true);
        grid.addColumn(r -> date(r.deadlines().financeSignOff()))
                .setHeader(getTranslation("rounds.deadline.finance")).setAutoWidth(true);
        grid.addColumn(r -> date(r.deadlines().publication()))
                .setHeader(getTranslation("rounds.deadline.publication")).setAutoWidth(true);
        grid.addColumn(RoundInfo::departments).setHeader(getTranslation("rounds.department-count")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.open() ? "rounds.state.open" : "rounds.state.closed"))
                .setHeader(getTranslation("rounds.state")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button close = new Button(getTranslation("rounds.close"), e -> close(r));
            close.setId("round-close-" + r.year());
            close.setEnabled(r.open());
            Button edit = new Button(getTranslation("rounds.edit-deadlines"), e -> editDeadlines(r));
            edit.setId("round-deadlines-" + r.year());
            edit.setEnabled(r.open());
            return new HorizontalLayout(edit, close);
        }).setAutoWidth(true);
        refresh();
        setSizeFull();
        add(title, form, grid);
    }

    private void open() {
        Deadlines dates = deadline.getValue() == null ? null : new Deadlines(deadline.getValue(),
                bureauDeadline.getValue(), financeDeadline.getValue(), publicationDeadline.getValue());
        try {
            RoundInfo opened = region.getValue() != null
                    ? rounds.openForRegion(year.getValue() == null ? 0 : year.getValue(), name.getValue(), dates,
                            region.getValue().getKey())
                    : rounds.open(year.getValue() == null ? 0 : year.getValue(), name.getValue(), dates,
                            departments.getValue().stream().map(DepartmentInfo::id).toList());
            formErrors.clear();
            Notifications.success(getTranslation("rounds.opened", opened.name(), opened.departments()));
            refresh();
        } catch (PerfevalException e) {
            formErrors.show(e);
        }
    }

    /** A dialog with the round's four due dates; saving moves the due dates of its open tasks. */
    private void editDeadlines(RoundInfo round) {
        Dialog dialog = new Dialog();
        dialog.setId("round-deadlines-dialog");
        dialog.setHeaderTitle(getTranslation("rounds.edit-deadlines.title", round.name()));
        DatePicker submission = picker("edit-deadline", "rounds.deadline", round.deadlines().submission());
        DatePicker bureau = picker("edit-bureau-deadline", "rounds.deadline.bureau", round.deadlines().bureauReview());
        DatePicker finance = picker("edit-finance-deadline", "rounds.deadline.finance",
                round.deadlines().financeSignOff());
        DatePicker publication = picker("edit-publication-deadline", "rounds.deadline.publication",
                round.deadlines().publication());
        dialog.add(new VerticalLayout(submission, bureau, finance, publication));
        FieldErrors dateErrors = new FieldErrors().field("deadline", submission).field("bureauReviewDeadline", bureau)
                .field("financeSignOffDeadline", finance).field("publicationDeadline", publication);
        Button save = new Button(getTranslation("rounds.edit-deadlines.save"), e -> {
            try {
                rounds.setDeadlines(round.id(), new Deadlines(submission.getValue(), bureau.getValue(),
                        finance.getValue(), publication.getValue()));
                Notifications.success(getTranslation("rounds.deadlines-saved", round.name()));
                dialog.close();
                refresh();
            } catch (PerfevalException ex) {
                dateErrors.show(ex);
            }
        });
        save.setId("edit-deadlines-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("rounds.edit-deadlines.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        add(dialog);
        dialog.open();
    }

    private DatePicker picker(String id, String labelKey, LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(labelKey), value);
        picker.setId(id);
        picker.setClearButtonVisible(true);
        return picker;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private void close(RoundInfo round) {
        try {
            rounds.close(round.id());
            Notifications.success(getTranslation("rounds.closed", round.name()));
            refresh();
        } catch (PerfevalException e) {
            Notifications.error(e);
        }
    }

    private void refresh() {
        grid.setItems(rounds.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.title") + " | " + getTranslation("app.title");
    }
}
