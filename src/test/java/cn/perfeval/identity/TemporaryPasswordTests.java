package cn.perfeval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.identity.AccountEvents.TemporaryPasswordSet;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
@RecordApplicationEvents
class TemporaryPasswordTests {

    static final String TEMPORARY = "Temp#Pass2026";

    @Autowired
    SecurityAdministration security;
    @Autowired
    AccountSecurity account;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AsUser as;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    @Test
    void a_user_with_a_temporary_password_gets_403_from_the_api_until_they_have_changed_it() throws Exception {
        String user = accounts.drafter("temp");
        as.run("security", () -> security.setTemporaryPassword(user, TEMPORARY));

        assertThat(events.stream(TemporaryPasswordSet.class)).containsExactly(new TemporaryPasswordSet(user, "security"));
        assertThat(as.call(user, () -> account.mustChangePassword())).isTrue();
        mvc.perform(get("/api/reports").with(httpBasic(user, TestAccounts.PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reports").with(httpBasic(user, TEMPORARY)))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
                .andExpect(jsonPath("$.title").value("无权访问"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("临时密码")));
        mvc.perform(get("/api/reports").with(httpBasic(user, TEMPORARY)).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("temporary")));

        as.run(user, () -> account.changePassword(TEMPORARY, "Mine#Own2026"));

        assertThat(as.call(user, () -> account.mustChangePassword())).isFalse();
        mvc.perform(get("/api/reports").with(httpBasic(user, "Mine#Own2026"))).andExpect(status().isOk());
    }

    @Test
    void the_temporary_password_itself_cannot_be_kept_as_the_new_one() {
        String user = accounts.drafter("keep");
        as.run("security", () -> security.setTemporaryPassword(user, TEMPORARY));
        assertThatThrownBy(() -> as.run(user, () -> account.changePassword(TEMPORARY, TEMPORARY)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.message().key()).containsExactly("error.password.reused"));
        assertThat(as.call(user, () -> account.mustChangePassword())).isTrue();
    }

    @Test
    void a_temporary_password_must_follow_the_policy_too() {
        String user = accounts.drafter("weaktemp");
        assertThatThrownBy(() -> as.run("security", () -> security.setTemporaryPassword(user, "123456")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsOnly("temporaryPassword"));
        assertThat(as.call(user, () -> account.mustChangePassword())).isFalse();
    }

    @Test
    void the_security_administrator_sets_no_temporary_password_for_themselves_and_nobody_else_sets_any() {
        String user = accounts.drafter("notemp");
        assertThatThrownBy(() -> as.run("security", () -> security.setTemporaryPassword("security", TEMPORARY)))
                .isInstanceOf(ActionRefusedException.class);
        for (String other : List.of("admin", "auditor", "drafter", "bureau", "finance")) {
            assertThatThrownBy(() -> as.run(other, () -> security.setTemporaryPassword(user, TEMPORARY))).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(events.stream(TemporaryPasswordSet.class)).isEmpty();
    }
}
