package cn.perfeval.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.identity.AccountEvents.PasswordChanged;
import cn.perfeval.identity.AccountSecurity;
import cn.perfeval.identity.SecurityAdministration;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The change-password screen, the forced change after a temporary password, and the login page's messages. */
@ViewTest
@RecordApplicationEvents
class AccountViewsTest extends SpringBrowserlessTest {

    /** A drafter whose temporary password is set afresh before each test. */
    static final String TEMPORARY_USER = "viewtemp";
    /** A drafter who changes their own password on the screen. */
    static final String CHANGING_USER = "viewchange";
    static final String TEMPORARY = "Temp#Pass2026";

    @Autowired
    SecurityAdministration security;
    @Autowired
    AccountSecurity accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AsUser as;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void a_chinese_browser_and_the_test_users() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        ensure(TEMPORARY_USER);
        ensure(CHANGING_USER);
        as.run("security", () -> security.setTemporaryPassword(TEMPORARY_USER, TEMPORARY));
    }

    @Test
    @WithUserDetails(value = TEMPORARY_USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_user_with_a_temporary_password_is_sent_to_change_it_from_every_screen() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(find(Paragraph.class).id("temporary-password-lead").getText())
                .contains("临时密码");
        UI.getCurrent().navigate("reports");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate("public");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

        test(field("current-password")).setValue(TEMPORARY);
        test(field("new-password")).setValue("Mine#Own2026");
        test(field("repeat-password")).setValue("Mine#Own2026");
        test(find(Button.class).id("change-password")).click();

        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
        assertThat(as.call(TEMPORARY_USER, () -> accounts.mustChangePassword())).isFalse();
        UI.getCurrent().navigate("reports");
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithUserDetails(value = CHANGING_USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_screen_shows_the_rules_lists_every_problem_and_keeps_the_input() {
        navigate(ChangePasswordView.class);
        assertThat(items("password-rules")).containsExactly("长度为 8 至 64 个字符；",
                "包含大写字母、小写字母、数字、符号四类中的至少 3 类；", "不能与最近 5 次用过的密码（含当前密码）相同；", "不能包含用户名。");
        assertThat(find(Paragraph.class).withId("temporary-password-lead").exists())
                .isFalse();

        test(field("current-password")).setValue("not-my-password");
        test(field("new-password")).setValue("short");
        test(field("repeat-password")).setValue("short");
        test(find(Button.class).id("change-password")).click();

        assertThat(items("password-problems")).containsExactly("当前密码不正确。", "密码至少需要 8 个字符（现为 5 个）。",
                "密码需包含大写字母、小写字母、数字、符号四类中的至少 3 类（现为 1 类）。");
        assertThat(field("current-password").isInvalid()).isTrue();
        assertThat(field("new-password").getErrorMessage()).contains("至少需要 8 个字符");
        assertThat(field("current-password").getValue()).isEqualTo("not-my-password");
        assertThat(field("new-password").getValue()).isEqualTo("short");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithUserDetails(value = CHANGING_USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void two_different_new_passwords_are_refused_before_anything_changes() {
        navigate(ChangePasswordView.class);
        test(field("current-password")).setValue(TestAccounts.PASSWORD);
        test(field("new-password")).setValue("Another#2026");
        test(field("repeat-password")).setValue("Another#2027");
        test(find(Button.class).id("change-password")).click();

        assertThat(items("password-problems")).containsExactly("两次输入的新密码不一致。");
        assertThat(field("repeat-password").isInvalid()).isTrue();
        assertThat(events.stream(PasswordChanged.class)).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void a_locked_account_and_a_wrong_password_get_the_same_message_so_known_usernames_do_not_show() {
        String locked = loginMessageAfter(new LockedException("locked"));
        String wrong = loginMessageAfter(new BadCredentialsException("bad"));
        assertThat(locked).isEqualTo(wrong);
        assertThat(wrong).contains("用户名或密码错误").contains("临时锁定").contains("安全管理员解锁");
    }

    private String loginMessageAfter(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return i18n(form);
    }

    private void ensure(String username) {
        boolean exists = as.call("security", () -> security.accounts()).stream()
                .anyMatch(a -> a.username().equals(username));
        if (!exists) {
            testAccounts.drafterNamed(username);
        }
    }

    /** The texts the login form shows, as it sends them to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private PasswordField field(String id) {
        return find(PasswordField.class).id(id);
    }

    private List<String> items(String listId) {
        UnorderedList list = find(UnorderedList.class).id(listId);
        return list.getChildren().map(c -> ((ListItem) c).getText()).toList();
    }
}
