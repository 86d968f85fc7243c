package cn.perfeval.identity.ui;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.Formats;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.identity.Account;
import cn.perfeval.identity.PasswordRules;
import cn.perfeval.identity.Role;
import cn.perfeval.identity.SecurityAdministration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The security administrator's screen (安全管理): every account with its role, organisation,
 * lock and whether a temporary password awaits change; unlocking, temporary passwords and role
 * changes for the selected account; the password policy and lockout settings.
 */
@Route("admin/security")
@Menu(order = 30, title = "nav.security")
@RolesAllowed(Role.Names.SECURITY_ADMIN)
class SecurityAdminView extends VerticalLayout implements HasDynamicTitle {

    private final SecurityAdministration security;
    private final Grid<Account> accounts = new Grid<>();
    private final Paragraph selected = new Paragraph();
    private final Button unlock = new Button();
    private final PasswordField temporary = new PasswordField();
    private final Button setTemporary = new Button();
    private final Select<Role> role = new Select<>();
    private final Button changeRole = new Button();
    private final Map<String, IntegerField> policy = new LinkedHashMap<>();

    SecurityAdminView(SecurityAdministration security) {
        this.security = security;
        H2 title = new H2(getTranslation("security.title"));
        title.addClassName("view-title");
        add(title, new H3(getTranslation("security.accounts")), accountGrid(), accountActions(),
                new H3(getTranslation("security.policy")), policyForm());
        refresh(null);
        showPolicy(security.passwordRules());
    }

    private Grid<Account> accountGrid() {
        accounts.setId("accounts");
        accounts.addColumn(Account::username).setHeader(getTranslation("security.username")).setAutoWidth(true);
        accounts.addColumn(Account::displayName).setHeader(getTranslation("security.display-name")).setAutoWidth(true);
        accounts.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("security.role"))
                .setAutoWidth(true);
        accounts.addColumn(Account::organisation).setHeader(getTranslation("security.organisation")).setAutoWidth(true);
        accounts.addColumn(a -> Formats.dateTime(a.lockedUntil())).setHeader(getTranslation("security.locked-until"))
                .setAutoWidth(true);
        accounts.addColumn(a -> getTranslation(a.mustChangePassword() ? "security.yes" : "security.no"))
                .setHeader(getTranslation("security.must-change")).setAutoWidth(true);
        accounts.addColumn(Account::failedLogins).setHeader(getTranslation("security.failed-logins")).setAutoWidth(true);
        accounts.setSelectionMode(Grid.SelectionMode.SINGLE);
        accounts.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        accounts.setAllRowsVisible(true);
        return accounts;
    }

    private VerticalLayout accountActions() {
        selected.setId("selected-account");
        unlock.setText(getTranslation("security.unlock"));
        unlock.setId("unlock");
        unlock.addClickListener(e -> act(() -> security.unlock(current().username()), "security.unlocked"));

        temporary.setLabel(getTranslation("security.temporary-password"));
        temporary.setId("temporary-password");
        setTemporary.setText(getTranslation("security.set-temporary"));
        setTemporary.setId("set-temporary");
        setTemporary.addClickListener(e -> {
            if (act(() -> security.setTemporaryPassword(current().username(), temporary.getValue()),
                    "security.temporary-set")) {
                temporary.clear();
            }
        });

        role.setLabel(getTranslation("security.new-role"));
        role.setId("new-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        changeRole.setText(getTranslation("security.change-role"));
        changeRole.setId("change-role");
        changeRole.addClickListener(e -> act(() -> security.changeRole(current().username(), role.getValue()),
                "security.role-changed"));

        HorizontalLayout passwordRow = new HorizontalLayout(temporary, setTemporary);
        passwordRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout roleRow = new HorizontalLayout(role, changeRole);
        roleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(selected, unlock, passwordRow, roleRow);
        box.setId("account-actions");
        box.setPadding(false);
        return box;
    }

    private FormLayout policyForm() {
        field("minLength", "security.policy.min-length", "policy-min-length");
        field("minClasses", "security.policy.min-classes", "policy-min-classes");
        field("history", "security.policy.history", "policy-history");
        field("lockoutThreshold", "security.policy.lockout-threshold", "policy-lockout-threshold");
        field("lockoutMinutes", "security.policy.lockout-minutes", "policy-lockout-minutes");
        Button save = new Button(getTranslation("security.policy.save"), e -> savePolicy());
        save.setId("save-policy");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout();
        form.setId("password-policy");
        policy.values().forEach(form::add);
        form.add(save);
        return form;
    }

    private void field(String name, String labelKey, String id) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setStepButtonsVisible(true);
        policy.put(name, field);
    }

    private void showPolicy(PasswordRules rules) {
        policy.get("minLength").setValue(rules.minLength());
        policy.get("minClasses").setValue(rules.minClasses());
        policy.get("history").setValue(rules.history());
        policy.get("lockoutThreshold").setValue(rules.lockoutThreshold());
        policy.get("lockoutMinutes").setValue(rules.lockoutMinutes());
        policy.values().forEach(f -> f.setInvalid(false));
    }

    private void savePolicy() {
        policy.values().forEach(f -> f.setInvalid(false));
        try {
            security.updatePasswordRules(new PasswordRules(value("minLength"), value("minClasses"), value("history"),
                    value("lockoutThreshold"), value("lockoutMinutes")));
            Notifications.success(getTranslation("security.policy.saved"));
            showPolicy(security.passwordRules());
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                IntegerField field = policy.get(problem.field());
                if (field != null) {
                    field.setInvalid(true);
                    field.setErrorMessage(getTranslation(problem.message().key(), problem.message().args()));
                }
            }
            Notifications.error(e);
        }
    }

    /** An empty or unreadable field counts as 0, which every range refuses. */
    private int value(String name) {
        Integer value = policy.get(name).getValue();
        return value == null ? 0 : value;
    }

    private void select(Account account) {
        boolean any = account != null;
        selected.setText(any ? getTranslation("security.selected", account.username(), account.displayName())
                : getTranslation("security.select-hint"));
        unlock.setEnabled(any && (account.locked() || account.failedLogins() > 0));
        temporary.setEnabled(any);
        setTemporary.setEnabled(any);
        role.setEnabled(any);
        changeRole.setEnabled(any);
        if (any) {
            role.setValue(account.role());
        }
    }

    private Account current() {
        return accounts.asSingleSelect().getValue();
    }

    /** Runs an action on the selected account; says what happened and shows the accounts as they are now. */
    private boolean act(Runnable action, String successKey) {
        Account account = current();
        if (account == null) {
            return false;
        }
        try {
            action.run();
        } catch (PerfevalException e) {
            Notifications.error(e);
            return false;
        }
        Role newRole = role.getValue();
        Notifications.success(getTranslation(successKey, account.username(),
                newRole == null ? "" : getTranslation("role." + newRole.name())));
        refresh(account.username());
        return true;
    }

    private void refresh(String keepSelected) {
        var all = security.accounts();
        accounts.setItems(all);
        Account again = all.stream().filter(a -> Objects.equals(a.username(), keepSelected)).findFirst().orElse(null);
        if (again != null) {
            accounts.select(again);
        } else {
            accounts.deselectAll();
        }
        select(again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.title") + " | " + getTranslation("app.title");
    }
}
