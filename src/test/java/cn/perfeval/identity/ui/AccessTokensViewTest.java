package cn.perfeval.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.identity.AccessTokenInfo;
import cn.perfeval.identity.AccessTokens;
import cn.perfeval.identity.SecurityAdministration;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.ViewTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The access tokens screen: create (the token shown this once), the list, revoking, and the reasons for a refusal. */
@ViewTest
@WithUserDetails(value = AccessTokensViewTest.USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class AccessTokensViewTest extends SpringBrowserlessTest {

    static final String USER = "viewtokens";

    @Autowired
    AccessTokens tokens;
    @Autowired
    SecurityAdministration security;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AsUser as;

    @BeforeEach
    void a_chinese_browser_and_the_test_user() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        if (as.call("security", () -> security.accounts()).stream().noneMatch(a -> a.username().equals(USER))) {
            testAccounts.drafterNamed(USER);
        }
    }

    @Test
    void the_menu_offers_the_screen_and_a_new_token_is_shown_once_then_never_again() {
        navigate(AccessTokensView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("访问令牌");
        assertThat(find(VerticalLayout.class).withId("new-token-box").exists()).isFalse();

        test(find(TextField.class).id("token-name")).setValue("数据同步");
        test(find(IntegerField.class).id("token-days")).setValue(30);
        test(find(Button.class).id("create-token")).click();

        String token = find(TextField.class).id("new-token").getValue();
        assertThat(token).startsWith("pe_").hasSizeGreaterThan(40);
        assertThat(find(VerticalLayout.class).withId("new-token-box").exists()).isTrue();
        assertThat(notifications()).anyMatch(t -> t.contains("令牌“数据同步”已创建"));
        int row = row("数据同步");
        assertThat(test(grid()).getCellText(row, 3)).isEqualTo("有效");
        assertThat(test(grid()).getCellText(row, 4)).isEqualTo("尚未使用");

        navigate(AccessTokensView.class);
        assertThat(find(VerticalLayout.class).withId("new-token-box").exists()).isFalse();
        assertThat(find(TextField.class).withId("new-token").exists()).isFalse();
        for (int r = 0; r < test(grid()).size(); r++) {
            for (int c = 0; c < 5; c++) {
                assertThat(test(grid()).getCellText(r, c)).doesNotContain(token.substring(20));
            }
        }
        assertThat(as.call(USER, () -> tokens.mine())).extracting(AccessTokenInfo::name).contains("数据同步");
    }

    @Test
    void a_token_is_revoked_from_its_row_after_confirming() {
        String name = "待撤销" + System.nanoTime();
        as.call(USER, () -> tokens.create(name, 7));
        navigate(AccessTokensView.class);
        int row = row(name);

        test((Button) test(grid()).getCellComponent(row, 5)).click();
        test(find(ConfirmDialog.class).id("revoke-token-dialog")).confirm();

        assertThat(notifications()).anyMatch(t -> t.contains("令牌“" + name + "”已撤销"));
        assertThat(test(grid()).getCellText(row(name), 3)).isEqualTo("已撤销");
        assertThat(as.call(USER, () -> tokens.mine())).filteredOn(t -> t.name().equals(name)).singleElement()
                .extracting(AccessTokenInfo::status).isEqualTo(AccessTokenInfo.Status.REVOKED);
    }

    @Test
    void a_missing_name_and_validity_are_marked_on_their_fields_and_nothing_is_created() {
        int before = as.call(USER, () -> tokens.mine()).size();
        navigate(AccessTokensView.class);
        test(find(IntegerField.class).id("token-days")).setValue(null);
        test(find(Button.class).id("create-token")).click();

        TextField name = find(TextField.class).id("token-name");
        IntegerField days = find(IntegerField.class).id("token-days");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("请填写令牌名称。");
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("请填写有效天数（1 至 365 天）。");
        assertThat(find(VerticalLayout.class).withId("new-token-box").exists()).isFalse();
        assertThat(as.call(USER, () -> tokens.mine())).hasSize(before);
    }

    @SuppressWarnings("unchecked")
    private Grid<AccessTokenInfo> grid() {
        return find(Grid.class).id("tokens");
    }

    private int row(String name) {
        return IntStream.range(0, test(grid()).size()).filter(i -> test(grid()).getRow(i).name().equals(name))
                .findFirst().orElseThrow();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
