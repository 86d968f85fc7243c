package cn.perfeval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.identity.AccountEvents.AccountLocked;
import cn.perfeval.identity.AccountEvents.AccountUnlocked;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PortalTest
@RecordApplicationEvents
class AccountLockoutTests {

    static final String WRONG = "Wrong#2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    AsUser as;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SecurityAdministration security;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationEvents events;

    @Test
    void the_fifth_wrong_password_in_a_row_locks_the_account_for_fifteen_minutes_and_then_even_the_right_one_is_refused()
            throws Exception {
        String user = accounts.drafter("lock");
        for (int i = 1; i <= 4; i++) {
            assertThat(failure(failedLogIn(user, WRONG))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(account(user).locked()).isFalse();
        assertThat(account(user).failedLogins()).isEqualTo(4);

        Instant before = clock.instant();
        failedLogIn(user, WRONG);
        Instant after = clock.instant();

        Account locked = account(user);
        assertThat(locked.locked()).isTrue();
        assertThat(locked.lockedUntil()).isBetween(before.truncatedTo(ChronoUnit.MICROS).plus(Duration.ofMinutes(15)),
                after.plus(Duration.ofMinutes(15)));
        assertThat(events.stream(AccountLocked.class)).singleElement()
                .isEqualTo(new AccountLocked(user, locked.lockedUntil()));

        MvcResult refused = failedLogIn(user, TestAccounts.PASSWORD);
        assertThat(failure(refused)).isInstanceOf(LockedException.class);
        mvc.perform(get("/api/reports").with(httpBasic(user, TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("未登录"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("临时锁定")));
    }

    @Test
    void the_lock_runs_out_by_itself_and_the_right_password_gets_in_again() throws Exception {
        String user = accounts.drafter("expiry");
        lockOut(user);

        clock.advance(Duration.ofMinutes(14));
        assertThat(failure(failedLogIn(user, TestAccounts.PASSWORD))).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(formLogin("/login").user(user).password(TestAccounts.PASSWORD))
                .andExpect(authenticated().withUsername(user));
        assertThat(account(user).locked()).isFalse();
        assertThat(account(user).failedLogins()).isZero();
    }

    @Test
    void a_successful_login_clears_the_count_so_only_failures_in_a_row_lock() throws Exception {
        String user = accounts.drafter("reset");
        for (int i = 0; i < 4; i++) {
            failedLogIn(user, WRONG);
        }
        mvc.perform(formLogin("/login").user(user).password(TestAccounts.PASSWORD)).andExpect(authenticated());
        assertThat(account(user).failedLogins()).isZero();
        for (int i = 0; i < 4; i++) {
            failedLogIn(user, WRONG);
        }
        mvc.perform(formLogin("/login").user(user).password(TestAccounts.PASSWORD)).andExpect(authenticated());
        assertThat(account(user).locked()).isFalse();
        assertThat(events.stream(AccountLocked.class)).isEmpty();
    }

    @Test
    void wrong_passwords_over_the_api_count_as_well() throws Exception {
        String user = accounts.drafter("api");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/reports").with(httpBasic(user, WRONG))).andExpect(status().isUnauthorized());
        }
        assertThat(account(user).locked()).isTrue();
        mvc.perform(get("/api/reports").with(httpBasic(user, TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("锁定")));
    }

    @Test
    void an_unknown_username_locks_nothing_and_is_refused_like_a_wrong_password() throws Exception {
        for (int i = 0; i < 6; i++) {
            assertThat(failure(failedLogIn("nobody-at-all", WRONG))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(events.stream(AccountLocked.class)).isEmpty();
    }

    @Test
    void the_security_administrator_unlocks_an_account_before_its_lock_runs_out() throws Exception {
        String user = accounts.drafter("unlock");
        lockOut(user);

        as.run("security", () -> security.unlock(user));

        assertThat(account(user).locked()).isFalse();
        assertThat(events.stream(AccountUnlocked.class)).containsExactly(new AccountUnlocked(user, "security"));
        mvc.perform(formLogin("/login").user(user).password(TestAccounts.PASSWORD))
                .andExpect(authenticated().withUsername(user));
    }

    @Test
    void nobody_unlocks_their_own_account_and_only_the_security_administrator_unlocks_at_all() {
        String user = accounts.drafter("nounlock");
        assertThatThrownBy(() -> as.run("security", () -> security.unlock("security")))
                .isInstanceOf(ActionRefusedException.class)
                .extracting(e -> ((ActionRefusedException) e).localized().key())
                .isEqualTo("error.account.not-yourself");
        for (String other : new String[] {"admin", "auditor", "drafter", "bureau", "finance"}) {
            assertThatThrownBy(() -> as.run(other, () -> security.unlock(user))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_lower_threshold_set_by_the_security_administrator_locks_sooner() throws Exception {
        String user = accounts.drafter("threshold");
        PasswordRules before = as.call("security", () -> security.passwordRules());
        as.run("security", () -> security.updatePasswordRules(new PasswordRules(before.minLength(),
                before.minClasses(), before.history(), 3, 60)));
        try {
            for (int i = 0; i < 3; i++) {
                failedLogIn(user, WRONG);
            }
            Account locked = account(user);
            assertThat(locked.locked()).isTrue();
            assertThat(Duration.between(clock.instant(), locked.lockedUntil())).isGreaterThan(Duration.ofMinutes(59));
        } finally {
            as.run("security", () -> security.updatePasswordRules(before));
        }
    }

    private void lockOut(String user) throws Exception {
        for (int i = 0; i < 5; i++) {
            failedLogIn(user, WRONG);
        }
        assertThat(account(user).locked()).isTrue();
    }

    /** A login that must fail: back to the login page with {@code ?error}, nobody signed in. */
    private MvcResult failedLogIn(String user, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(user).password(password))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
    }

    private static Object failure(MvcResult result) {
        return result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private Account account(String username) {
        return as.call("security", () -> security.accounts()).stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow();
    }
}
