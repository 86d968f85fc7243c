package cn.perfeval.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.identity.Account;
import cn.perfeval.identity.AccountSecurity;
import cn.perfeval.identity.PasswordRules;
import cn.perfeval.identity.Role;
import cn.perfeval.identity.SecurityAdministration;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
@WithUserDetails("security")
class SecurityAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityAdministration security;
    @Autowired
    AccountSecurity accounts;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AsUser as;
    @Autowired
    AuthenticationEventPublisher logins;

    @BeforeEach
    void a_chinese_browser() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void the_menu_offers_the_security_screen_which_lists_every_account_with_role_organisation_and_lock() {
        navigate(SecurityAdminView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("安全管理", "修改密码")
                .doesNotContain("报告列表", "进度跟踪");
        var grid = test(accounts());
        int drafter = row("drafter");
        assertThat(grid.getCellText(drafter, 2)).isEqualTo("填报人");
        assertThat(grid.getCellText(drafter, 3)).isEqualTo("米易县医疗保障局");
        assertThat(grid.getCellText(row("security"), 2)).isEqualTo("安全管理员");
        assertThat(grid.getCellText(row("finance"), 3)).isEqualTo("米易县");
        assertThat(grid.getCellText(drafter, 5)).isEqualTo("否");
    }

    @Test
    void a_locked_account_shows_until_when_and_is_unlocked_from_the_screen() {
        String user = testAccounts.drafter("screenlock");
        lock(user);
        navigate(SecurityAdminView.class);
        assertThat(test(accounts()).getCellText(row(user), 4)).isNotEmpty();

        test(accounts()).select(row(user));
        assertThat(find(Button.class).id("unlock").isEnabled()).isTrue();
        test(find(Button.class).id("unlock")).click();

        assertThat(notifications()).anyMatch(t -> t.contains("已解锁账户 " + user));
        assertThat(test(accounts()).getCellText(row(user), 4)).isEmpty();
        assertThat(account(user).locked()).isFalse();
    }

    @Test
    void a_temporary_password_is_set_for_the_selected_account_and_a_weak_one_is_refused() {
        String user = testAccounts.drafter("screentemp");
        navigate(SecurityAdminView.class);
        test(accounts()).select(row(user));

        test(find(PasswordField.class).id("temporary-password")).setValue("weak");
        test(find(Button.class).id("set-temporary")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("密码至少需要 8 个字符"));
        assertThat(account(user).mustChangePassword()).isFalse();

        test(find(PasswordField.class).id("temporary-password")).setValue("Temp#Pass2026");
        test(find(Button.class).id("set-temporary")).click();
        assertThat(account(user).mustChangePassword()).isTrue();
        assertThat(test(accounts()).getCellText(row(user), 5)).isEqualTo("是");
    }

    @Test
    void the_role_of_the_selected_account_is_changed_but_not_ones_own() {
        String user = testAccounts.drafter("screenrole");
        navigate(SecurityAdminView.class);
        test(accounts()).select(row(user));
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class).id("new-role");
        test(role).selectItem("局审核人");
        test(find(Button.class).id("change-role")).click();
        assertThat(account(user).role()).isEqualTo(Role.BUREAU_REVIEWER);
        assertThat(notifications()).anyMatch(t -> t.contains("角色已改为“局审核人”"));

        test(accounts()).select(row("security"));
        test(role).selectItem("管理员");
        test(find(Button.class).id("change-role")).click();
        assertThat(notifications()).anyMatch(t -> t.contains("不能对自己的账户"));
        assertThat(account("security").role()).isEqualTo(Role.SECURITY_ADMIN);
    }

    @Test
    void the_password_policy_is_edited_on_the_screen_and_a_value_out_of_range_is_marked() {
        PasswordRules before = as.call("security", () -> security.passwordRules());
        navigate(SecurityAdminView.class);
        assertThat(policy("policy-min-length").getValue()).isEqualTo(before.minLength());
        try {
            test(policy("policy-min-length")).setValue(6);
            test(find(Button.class).id("save-policy")).click();
            assertThat(policy("policy-min-length").isInvalid()).isTrue();
            assertThat(policy("policy-min-length").getErrorMessage()).isEqualTo("取值应在 8 至 64 之间（填写的是 6）。");
            assertThat(as.call("security", () -> security.passwordRules())).isEqualTo(before);

            test(policy("policy-min-length")).setValue(10);
            test(policy("policy-lockout-minutes")).setValue(30);
            test(find(Button.class).id("save-policy")).click();
            assertThat(notifications()).anyMatch(t -> t.contains("密码策略已保存"));
            assertThat(as.call("drafter", () -> accounts.passwordRules())).isEqualTo(new PasswordRules(10,
                    before.minClasses(), before.history(), before.lockoutThreshold(), 30));
        } finally {
            as.run("security", () -> security.updatePasswordRules(before));
        }
    }

    /** Five wrong passwords in a row, as the login's authentication reports them. */
    private void lock(String user) {
        for (int i = 0; i < 5; i++) {
            logins.publishAuthenticationFailure(new BadCredentialsException("wrong"),
                    UsernamePasswordAuthenticationToken.unauthenticated(user, "Wrong#2026"));
        }
        assertThat(account(user).locked()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private Grid<Account> accounts() {
        return find(Grid.class).id("accounts");
    }

    private int row(String username) {
        var grid = test(accounts());
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).username().equals(username)).findFirst()
                .orElseThrow();
    }

    private IntegerField policy(String id) {
        return find(IntegerField.class).id(id);
    }

    private Account account(String username) {
        return as.call("security", () -> security.accounts()).stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
