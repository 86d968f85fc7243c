package cn.perfeval.identity.ui;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.identity.AccountSecurity;
import cn.perfeval.identity.PasswordRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changing one's own password: the current one, the new one twice, and the policy's rules. Every
 * problem is listed and what was typed stays. A user with a temporary password is sent here
 * until they have chosen their own.
 */
@Route("change-password")
@Menu(order = 90, title = "nav.change-password")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final AccountSecurity accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final UnorderedList problems = new UnorderedList();

    ChangePasswordView(AccountSecurity accounts) {
        this.accounts = accounts;
        H2 title = new H2(getTranslation("password.title"));
        title.addClassName("view-title");
        add(title);
        if (accounts.mustChangePassword()) {
            Paragraph lead = new Paragraph(getTranslation("password.lead.temporary"));
            lead.setId("temporary-password-lead");
            add(lead);
        }
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        next.setLabel(getTranslation("password.new"));
        next.setId("new-password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        for (PasswordField field : List.of(current, next, repeat)) {
            field.setWidth("24em");
            field.setMaxLength(PasswordRules.MAX_LENGTH * 2);
        }
        problems.setId("password-problems");
        problems.addClassName("problems");
        problems.setVisible(false);
        Button save = new Button(getTranslation("password.save"), e -> save());
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(current, next, repeat, rules(accounts.passwordRules()), problems, save);
    }

    private VerticalLayout rules(PasswordRules rules) {
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("password.rule.length", rules.minLength(), PasswordRules.MAX_LENGTH)),
                new ListItem(getTranslation("password.rule.classes", rules.minClasses())));
        if (rules.history() > 0) {
            list.add(new ListItem(getTranslation("password.rule.history", rules.history())));
        }
        list.add(new ListItem(getTranslation("password.rule.username")));
        list.setId("password-rules");
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("password.rules.title")), list);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private void save() {
        clearProblems();
        if (!next.getValue().equals(repeat.getValue())) {
            show(List.of(FieldProblem.of("repeatPassword", "error.password.repeat-mismatch")));
            return;
        }
        try {
            accounts.changePassword(current.getValue(), next.getValue());
        } catch (InvalidInputException e) {
            show(e.problems());
            return;
        }
        current.clear();
        next.clear();
        repeat.clear();
        Notifications.success(getTranslation("password.changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private void show(List<FieldProblem> found) {
        Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", next,
                "repeatPassword", repeat);
        List<String> texts = new ArrayList<>();
        for (FieldProblem problem : found) {
            String text = getTranslation(problem.message().key(), problem.message().args());
            texts.add(text);
            PasswordField field = fields.get(problem.field());
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(field.getErrorMessage() == null || field.getErrorMessage().isEmpty() ? text
                        : field.getErrorMessage() + " " + text);
            }
            problems.add(new ListItem(text));
        }
        problems.setVisible(true);
        Notifications.error(getTranslation("password.problems") + "\n" + String.join("\n", texts));
    }

    private void clearProblems() {
        problems.removeAll();
        problems.setVisible(false);
        for (PasswordField field : List.of(current, next, repeat)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.title");
    }
}
