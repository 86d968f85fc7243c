package cn.perfeval.identity.ui;

import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.identity.Account;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.IdentityAdministration;
import cn.perfeval.identity.RegionInfo;
import cn.perfeval.identity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;

/**
 * The system administrator's organisation: regions, departments with their type and staffing, and
 * the users of the business roles. A refused entry is explained and stays in the form.
 */
@Route("admin/organisation")
@Menu(order = 25, title = "nav.organisation")
@RolesAllowed(Role.Names.ADMIN)
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> TYPES = List.of("行政单位", "参照公务员法管理事业单位", "事业单位");

    private final IdentityAdministration administration;
    private final Directory directory;
    private final Grid<RegionInfo> regions = new Grid<>();
    private final Grid<DepartmentInfo> departments = new Grid<>();
    private final Grid<Account> users = new Grid<>();
    private final Select<RegionInfo> departmentRegion = new Select<>();
    private final ComboBox<DepartmentInfo> userDepartment = new ComboBox<>();
    private final Select<RegionInfo> userRegion = new Select<>();

    OrganisationView(IdentityAdministration administration, Directory directory) {
        this.administration = administration;
        this.directory = directory;
        H2 title = new H2(getTranslation("organisation.title"));
        title.addClassName("view-title");
        add(title, regionSection(), departmentSection(), userSection());
        refresh();
    }

    private VerticalLayout regionSection() {
        regions.setId("regions");
        regions.setAllRowsVisible(true);
        regions.addColumn(RegionInfo::name).setHeader(getTranslation("organisation.region"));
        TextField name = new TextField(getTranslation("organisation.region.name"));
        name.setId("region-name");
        Button add = new Button(getTranslation("organisation.add"), e -> attempt(() -> {
            administration.createRegion(name.getValue().strip());
            name.clear();
            return true;
        }));
        add.setId("region-add");
        return section("organisation.regions", regions, row(name, add));
    }

    private VerticalLayout departmentSection() {
        departments.setId("departments");
        departments.setAllRowsVisible(true);
        departments.addColumn(DepartmentInfo::regionName).setHeader(getTranslation("organisation.region"));
        departments.addColumn(DepartmentInfo::name).setHeader(getTranslation("organisation.department"));
        departments.addColumn(DepartmentInfo::type).setHeader(getTranslation("report.basic.type"));
        departments.addColumn(DepartmentInfo::staffingAuthorized).setHeader(getTranslation("report.basic.authorized"));
        departments.addColumn(DepartmentInfo::staffingActual).setHeader(getTranslation("report.basic.actual"));
        departments.addColumn(DepartmentInfo::staffingRetired).setHeader(getTranslation("report.basic.retired"));

        departmentRegion.setLabel(getTranslation("organisation.region"));
        departmentRegion.setItemLabelGenerator(RegionInfo::name);
        TextField name = new TextField(getTranslation("organisation.department"));
        name.setId("department-name");
        Select<String> type = new Select<>();
        type.setLabel(getTranslation("report.basic.type"));
        type.setItems(TYPES);
        type.setId("department-type");
        IntegerField authorized = count("report.basic.authorized", "department-authorized");
        IntegerField actual = count("report.basic.actual", "department-actual");
        IntegerField retired = count("report.basic.retired", "department-retired");
        departments.asSingleSelect().addValueChangeListener(e -> {
            DepartmentInfo d = e.getValue();
            if (d != null) {
                name.setValue(d.name());
                type.setValue(d.type());
                authorized.setValue(d.staffingAuthorized());
                actual.setValue(d.staffingActual());
                retired.setValue(d.staffingRetired());
            }
        });
        Button add = new Button(getTranslation("organisation.add"), e -> attempt(() -> {
            if (departmentRegion.getValue() == null) {
                Notifications.error(getTranslation("organisation.region.required"));
                return false;
            }
            long id = administration.createDepartment(departmentRegion.getValue().id(), name.getValue().strip(),
                    type.getValue());
            administration.describeDepartment(id, type.getValue(), authorized.getValue(), actual.getValue(),
                    retired.getValue());
            return true;
        }));
        add.setId("department-add");
        Button update = new Button(getTranslation("organisation.update"), e -> attempt(() -> {
            DepartmentInfo selected = departments.asSingleSelect().getValue();
            if (selected == null) {
                Notifications.error(getTranslation("organisation.select-department"));
                return false;
            }
            administration.describeDepartment(selected.id(), type.getValue(), authorized.getValue(),
                    actual.getValue(), retired.getValue());
            return true;
        }));
        update.setId("department-update");
        return section("organisation.departments", departments,
                row(departmentRegion, name, type, authorized, actual, retired, add, update));
    }

    private VerticalLayout userSection() {
        users.setId("users");
        users.setAllRowsVisible(true);
        users.addColumn(Account::username).setHeader(getTranslation("login.username"));
        users.addColumn(Account::displayName).setHeader(getTranslation("organisation.display-name"));
        users.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("organisation.role"));
        users.addColumn(Account::organisation).setHeader(getTranslation("organisation.of"));
        users.addColumn(a -> a.email() == null ? "" : a.email()).setHeader(getTranslation("organisation.email"));

        TextField username = new TextField(getTranslation("login.username"));
        username.setId("user-name");
        TextField displayName = new TextField(getTranslation("organisation.display-name"));
        displayName.setId("user-display-name");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("organisation.role"));
        role.setItems(Role.DRAFTER, Role.BUREAU_REVIEWER, Role.FINANCE_REVIEWER);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("user-role");
        userDepartment.setLabel(getTranslation("organisation.department"));
        userDepartment.setItemLabelGenerator(DepartmentInfo::name);
        userDepartment.setId("user-department");
        userRegion.setLabel(getTranslation("organisation.region"));
        userRegion.setItemLabelGenerator(RegionInfo::name);
        userRegion.setId("user-region");
        role.addValueChangeListener(e -> {
            boolean finance = e.getValue() == Role.FINANCE_REVIEWER;
            userDepartment.setVisible(!finance);
            userRegion.setVisible(finance);
        });
        role.setValue(Role.DRAFTER);
        PasswordField password = new PasswordField(getTranslation("organisation.initial-password"));
        password.setId("user-password");
        Button add = new Button(getTranslation("organisation.add"), e -> attempt(() -> {
            boolean finance = role.getValue() == Role.FINANCE_REVIEWER;
            administration.createUser(username.getValue().strip(), displayName.getValue().strip(), password.getValue(),
                    role.getValue(), finance || userDepartment.getValue() == null ? null : userDepartment.getValue().id(),
                    !finance || userRegion.getValue() == null ? null : userRegion.getValue().id());
            username.clear();
            displayName.clear();
            password.clear();
            return true;
        }));
        add.setId("user-add");
        VerticalLayout section = section("organisation.users", users,
                row(username, displayName, role, userDepartment, userRegion, password, add));
        section.add(emailRow());
        return section;
    }

    /** The e-mail address of the user selected in the list, where notifications are mailed. */
    private HorizontalLayout emailRow() {
        TextField email = new TextField(getTranslation("organisation.email"));
        email.setId("user-email");
        email.setHelperText(getTranslation("organisation.email.help"));
        users.addSelectionListener(e -> email.setValue(e.getFirstSelectedItem().map(Account::email)
                .filter(java.util.Objects::nonNull).orElse("")));
        Button save = new Button(getTranslation("organisation.email.save"), e -> attempt(() -> {
            Account selected = users.asSingleSelect().getValue();
            if (selected == null) {
                Notifications.error(getTranslation("organisation.select-user"));
                return false;
            }
            administration.setEmail(selected.username(), email.getValue());
            return true;
        }));
        save.setId("user-email-save");
        return row(email, save);
    }

    private IntegerField count(String labelKey, String id) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setId(id);
        field.setWidth("8em");
        return field;
    }

    private VerticalLayout section(String titleKey, Grid<?> grid, HorizontalLayout form) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), grid, form);
        section.setPadding(false);
        return section;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** Runs a change; on success refreshes the lists, on refusal says why and keeps the input. */
    private void attempt(Supplier<Boolean> change) {
        try {
            if (change.get()) {
                Notifications.success(getTranslation("organisation.saved"));
                refresh();
            }
        } catch (PerfevalException e) {
            Notifications.error(e);
        }
    }

    private void refresh() {
        List<RegionInfo> allRegions = administration.regions();
        List<DepartmentInfo> allDepartments = directory.departments();
        regions.setItems(allRegions);
        departments.setItems(allDepartments);
        users.setItems(administration.businessUsers());
        departmentRegion.setItems(allRegions);
        userRegion.setItems(allRegions);
        userDepartment.setItems(allDepartments);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title") + " | " + getTranslation("app.title");
    }
}
