package cn.perfeval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.Messages;
import cn.perfeval.identity.AccountEvents.PasswordChanged;
import cn.perfeval.identity.AccountEvents.PasswordPolicyChanged;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
@RecordApplicationEvents
class PasswordPolicyTests {

    @Autowired
    AccountSecurity account;
    @Autowired
    SecurityAdministration security;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AsUser as;
    @Autowired
    Messages messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    @Test
    void the_policy_is_one_row_in_the_database_seeded_with_the_configured_defaults() {
        assertThat(jdbc.queryForList("select id, min_length, min_classes, history_count, lockout_threshold,"
                + " lockout_minutes from password_policy")).singleElement().satisfies(row -> assertThat(row.values())
                        .containsExactly(1L, 8, 3, 5, 5, 15));
        assertThat(as.call("drafter", () -> account.passwordRules())).isEqualTo(new PasswordRules(8, 3, 5, 5, 15));
    }

    @Test
    void passwords_are_stored_only_as_bcrypt_hashes() {
        String user = accounts.drafter("hash");
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, user);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestAccounts.PASSWORD);
        assertThat(jdbc.queryForObject("select count(*) from password_history h join app_user u on u.id = h.user_id"
                + " where u.username = ? and h.password_hash = ?", Integer.class, user, hash)).isEqualTo(1);
    }

    @Test
    void the_user_changes_their_password_and_logs_in_with_the_new_one() throws Exception {
        String user = accounts.drafter("change");
        as.run(user, () -> account.changePassword(TestAccounts.PASSWORD, "Neues-Passwort-1"));

        assertThat(events.stream(PasswordChanged.class)).containsExactly(new PasswordChanged(user));
        mvc.perform(formLogin("/login").user(user).password("Neues-Passwort-1")).andExpect(authenticated());
        mvc.perform(formLogin("/login").user(user).password(TestAccounts.PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void a_wrong_current_password_and_a_weak_new_one_are_listed_together_in_chinese_and_nothing_changes() {
        String user = accounts.drafter("weak");
        InvalidInputException refused = refusal(user, "not-my-password", "abc");

        assertThat(refused.problems()).extracting(FieldProblem::field)
                .containsExactly("currentPassword", "newPassword", "newPassword");
        assertThat(chinese(refused.problems())).containsExactly("当前密码不正确。", "密码至少需要 8 个字符（现为 3 个）。",
                "密码需包含大写字母、小写字母、数字、符号四类中的至少 3 类（现为 1 类）。");
        assertThat(events.stream(PasswordChanged.class)).isEmpty();
        assertThat(jdbc.queryForObject("select must_change_password from app_user where username = ?", Boolean.class,
                user)).isFalse();
    }

    @Test
    void the_new_password_needs_eight_characters_and_three_of_the_four_classes() {
        String user = accounts.drafter("rules");
        assertThat(keys(refusal(user, TestAccounts.PASSWORD, "Ab1#xyz"))).containsExactly("error.password.too-short");
        assertThat(keys(refusal(user, TestAccounts.PASSWORD, "abcdefgh123"))).containsExactly("error.password.classes");
        as.run(user, () -> account.changePassword(TestAccounts.PASSWORD, "abcdefg#123"));
    }

    @Test
    void none_of_the_last_five_passwords_may_come_back_but_the_sixth_latest_may() {
        String user = accounts.drafter("history");
        String[] passwords = {TestAccounts.PASSWORD, "Second#2026", "Third#2026", "Fourth#2026", "Fifth#2026"};
        for (int i = 1; i < passwords.length; i++) {
            String current = passwords[i - 1];
            String next = passwords[i];
            as.run(user, () -> account.changePassword(current, next));
        }
        // The five latest: Fifth (current), Fourth, Third, Second and the first one.
        for (String old : passwords) {
            assertThat(keys(refusal(user, "Fifth#2026", old))).as(old).containsExactly("error.password.reused");
        }
        assertThat(chinese(refusal(user, "Fifth#2026", TestAccounts.PASSWORD).problems()))
                .containsExactly("不能使用最近 5 次用过的密码（含当前密码）。");

        as.run(user, () -> account.changePassword("Fifth#2026", "Sixth#2026"));
        as.run(user, () -> account.changePassword("Sixth#2026", TestAccounts.PASSWORD));
    }

    @Test
    void a_stricter_policy_set_by_the_security_administrator_applies_to_the_next_change() {
        String user = accounts.drafter("strict");
        PasswordRules before = as.call("security", () -> security.passwordRules());
        as.run("security", () -> security.updatePasswordRules(new PasswordRules(12, 4, 5, 5, 15)));
        try {
            assertThat(jdbc.queryForObject("select updated_by from password_policy", String.class)).isEqualTo("security");
            assertThat(events.stream(PasswordPolicyChanged.class)).containsExactly(new PasswordPolicyChanged("security"));
            assertThat(keys(refusal(user, TestAccounts.PASSWORD, "Abcdef#123"))).containsExactly(
                    "error.password.too-short");
            assertThat(keys(refusal(user, TestAccounts.PASSWORD, "Abcdefgh1234"))).containsExactly(
                    "error.password.classes");
            as.run(user, () -> account.changePassword(TestAccounts.PASSWORD, "Abcdefgh#1234"));
        } finally {
            as.run("security", () -> security.updatePasswordRules(before));
        }
    }

    @Test
    void settings_out_of_range_are_refused_each_with_its_field_and_nothing_is_stored() {
        PasswordRules before = as.call("security", () -> security.passwordRules());
        assertThatThrownBy(() -> as.run("security", () -> security.updatePasswordRules(new PasswordRules(4, 3, 5, 0,
                15)))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("minLength",
                            "lockoutThreshold");
                    assertThat(chinese(e.problems())).first().isEqualTo("取值应在 8 至 64 之间（填写的是 4）。");
                });
        assertThat(as.call("security", () -> security.passwordRules())).isEqualTo(before);
    }

    @Test
    void only_the_security_administrator_reads_and_sets_the_policy_in_administration() {
        for (String other : List.of("admin", "auditor", "drafter", "bureau", "finance")) {
            assertThatThrownBy(() -> as.run(other, () -> security.updatePasswordRules(new PasswordRules(8, 3, 5, 5,
                    15)))).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.call(other, () -> security.accounts())).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private InvalidInputException refusal(String user, String current, String next) {
        try {
            as.run(user, () -> account.changePassword(current, next));
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("The change to " + next + " was accepted");
    }

    private static List<String> keys(InvalidInputException e) {
        return e.problems().stream().map(p -> p.message().key()).toList();
    }

    private List<String> chinese(List<FieldProblem> problems) {
        return problems.stream().map(p -> messages.resolve(p.message(), Locale.SIMPLIFIED_CHINESE)).toList();
    }
}
