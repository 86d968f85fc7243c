package cn.perfeval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.audit.AuditFilter;
import cn.perfeval.audit.AuditLog;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalTest
class AccessTokenTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AsUser as;
    @Autowired
    SecurityAdministration security;
    @Autowired
    AccountSecurity account;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ReportService reports;

    @Test
    void a_token_created_over_the_api_is_shown_once_and_stored_only_as_its_hash() throws Exception {
        String user = accounts.drafter("tok");
        Instant before = clock.instant();
        JsonNode created = create(user, "{\"name\": \"统计脚本\", \"expiresInDays\": 30}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/tokens/")))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.name").value("统计脚本"))
                .andReturn().getResponse().getContentAsString().transform(json::readTree);
        String token = created.get("token").asString();
        long id = created.get("id").asLong();
        assertThat(token).startsWith("pe_").hasSize(TokenSecret.LENGTH);
        assertThat(Instant.parse(created.get("expiresAt").asString()))
                .isBetween(before.plus(Duration.ofDays(30)).minusSeconds(1), clock.instant().plus(Duration.ofDays(30)));

        String list = mvc.perform(get("/api/tokens").with(httpBasic(user, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].name").value("统计脚本"))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$[0].token").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String secret = token.substring(token.lastIndexOf('_') + 1);
        assertThat(list).doesNotContain(secret);
        mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].token").doesNotExist());

        String stored = jdbc.queryForObject("select token_hash from access_token where id = ?", String.class, id);
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(TokenSecret.sha256(token))).doesNotContain(secret);
        assertThat(jdbc.queryForList("select * from access_token where id = ?", id).getFirst().values())
                .noneMatch(v -> v != null && v.toString().contains(secret));
    }

    @Test
    void a_token_signs_api_calls_in_as_its_owner_without_the_password() throws Exception {
        String user = accounts.drafter("use");
        String token = token(user, 7);
        long report = created(mvc.perform(bearer(post("/api/reports"), token).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(TestDocuments.small()))).andExpect(status().isCreated()));

        mvc.perform(bearer(get("/api/reports/" + report + "/history"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].user").value(user));
        mvc.perform(bearer(get("/api/reports/" + report), token)).andExpect(status().isOk());
    }

    @Test
    void a_token_sees_only_what_its_owner_may_see() throws Exception {
        String owner = accounts.drafter("scope");
        long report = as.call(owner, () -> reports.importDocument(TestDocuments.small()).id());
        String otherDepartment = token("drafter2", 7);
        String sameDepartment = token("bureau", 7);

        mvc.perform(bearer(get("/api/reports/" + report), otherDepartment)).andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/reports/" + report + "/history"), otherDepartment))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/reports/" + report), sameDepartment)).andExpect(status().isOk());
        mvc.perform(bearer(post("/api/reports/" + report + "/submit"), sameDepartment))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_expired_token_is_refused_with_401() throws Exception {
        String user = accounts.drafter("expire");
        String token = token(user, 1);
        mvc.perform(bearer(get("/api/tokens"), token)).andExpect(status().isOk());

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        mvc.perform(bearer(get("/api/tokens"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.title").value("未登录"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已过期")));
        mvc.perform(get("/api/tokens").with(httpBasic(user, TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$[0].status").value("EXPIRED"));
    }

    @Test
    void a_revoked_token_is_refused_with_401_from_the_next_call_on() throws Exception {
        String user = accounts.drafter("revoke");
        String token = token(user, 30);
        String kept = token(user, 30);
        long id = id(user, 0);
        long keptId = id(user, 1);
        assertThat(id).isNotEqualTo(keptId);
        mvc.perform(bearer(get("/api/reports"), token)).andExpect(status().isOk());

        mvc.perform(delete("/api/tokens/" + id).with(httpBasic(user, TestAccounts.PASSWORD)))
                .andExpect(status().isNoContent());

        mvc.perform(bearer(get("/api/reports"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已被撤销")));
        mvc.perform(bearer(get("/api/reports"), kept)).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/tokens"), kept))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].status").value("REVOKED"))
                .andExpect(jsonPath("$[?(@.id == " + keptId + ")].status").value("ACTIVE"));
    }

    @Test
    void a_token_of_another_user_cannot_be_revoked_and_is_not_found() throws Exception {
        String owner = accounts.drafter("mine");
        String other = accounts.drafter("theirs");
        String token = token(owner, 30);
        long id = id(owner, 0);

        mvc.perform(delete("/api/tokens/" + id).with(httpBasic(other, TestAccounts.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("未找到")));
        mvc.perform(get("/api/tokens").with(httpBasic(other, TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(bearer(get("/api/reports"), token)).andExpect(status().isOk());
    }

    @Test
    void a_locked_account_is_refused_with_its_token_as_with_its_password() throws Exception {
        String user = accounts.drafter("locktok");
        String token = token(user, 30);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/reports").with(httpBasic(user, "Wrong#2026"))).andExpect(status().isUnauthorized());
        }

        mvc.perform(bearer(get("/api/reports"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("锁定")));

        as.run("security", () -> security.unlock(user));
        mvc.perform(bearer(get("/api/reports"), token)).andExpect(status().isOk());
    }

    @Test
    void a_user_with_a_temporary_password_gets_403_with_a_token_until_they_have_changed_it() throws Exception {
        String user = accounts.drafter("temptok");
        String token = token(user, 30);
        as.run("security", () -> security.setTemporaryPassword(user, "Temp#Pass2026"));

        mvc.perform(bearer(get("/api/reports"), token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("临时密码")));

        as.run(user, () -> account.changePassword("Temp#Pass2026", "Mine#Own2026"));
        mvc.perform(bearer(get("/api/reports"), token)).andExpect(status().isOk());
    }

    @Test
    void a_token_that_is_not_one_of_ours_is_refused_with_401_and_counts_as_no_failed_login() throws Exception {
        String user = accounts.drafter("forged");
        String token = token(user, 30);
        String wrongSecret = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (String bad : List.of(wrongSecret, "pe_0000000000000000_" + "A".repeat(43), "nonsense", "")) {
            mvc.perform(bearer(get("/api/reports"), bad))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("访问令牌无效")));
        }
        for (int i = 0; i < 5; i++) {
            mvc.perform(bearer(get("/api/reports"), wrongSecret)).andExpect(status().isUnauthorized());
        }
        mvc.perform(bearer(get("/api/reports"), token)).andExpect(status().isOk());
        mvc.perform(get("/api/reports").with(httpBasic(user, TestAccounts.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void a_name_and_a_validity_of_1_to_365_days_are_required_with_the_reasons_in_chinese() throws Exception {
        String user = accounts.drafter("invalid");
        create(user, "{\"name\": \"  \", \"expiresInDays\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("输入有误"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("请填写令牌名称。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'expiresInDays')].message")
                        .value("有效天数须在 1 至 365 天之间。"));
        create(user, "{\"name\": \"" + "长".repeat(65) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("令牌名称不能超过 64 个字符。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'expiresInDays')].message")
                        .value("请填写有效天数（1 至 365 天）。"));
        create(user, "{\"name\": \"x\", \"expiresInDays\": 366}").andExpect(status().isBadRequest());
        mvc.perform(get("/api/tokens").with(httpBasic(user, TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_token_cannot_create_another_token() throws Exception {
        String user = accounts.drafter("chain");
        String token = token(user, 30);
        mvc.perform(bearer(post("/api/tokens"), token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"续期\", \"expiresInDays\": 365}"))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(get("/api/tokens"), token)).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void creation_use_from_a_new_address_and_revocation_are_in_the_audit_log() throws Exception {
        String user = accounts.drafter("audited");
        String token = token(user, 30);
        long id = id(user, 0);
        assertThat(lines(user, "TOKEN_CREATE")).singleElement().satisfies(line -> {
            assertThat(line.object()).isEqualTo("token:" + id);
            assertThat(line.detail()).contains("脚本");
        });

        for (int i = 0; i < 3; i++) {
            mvc.perform(bearer(get("/api/reports"), token).with(from("10.20.30.40"))).andExpect(status().isOk());
        }
        mvc.perform(bearer(get("/api/reports"), token).with(from("10.20.30.41"))).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/reports"), token).with(from("10.20.30.41"))).andExpect(status().isOk());

        List<AuditRecord> uses = lines(user, "TOKEN_USE");
        assertThat(uses).extracting(AuditRecord::sourceAddress).containsExactly("10.20.30.41", "10.20.30.40");
        assertThat(uses.getFirst().detail()).contains("10.20.30.40");
        mvc.perform(get("/api/tokens").with(httpBasic(user, TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$[0].lastUsedAddress").value("10.20.30.41"));

        mvc.perform(delete("/api/tokens/" + id).with(httpBasic(user, TestAccounts.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/tokens/" + id).with(httpBasic(user, TestAccounts.PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(lines(user, "TOKEN_REVOKE")).singleElement()
                .satisfies(line -> assertThat(line.object()).isEqualTo("token:" + id));
    }

    private ResultActions create(String user, String body) throws Exception {
        return mvc.perform(post("/api/tokens").with(httpBasic(user, TestAccounts.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** A new token of the user, named 脚本, valid for the given days. */
    private String token(String user, int days) throws Exception {
        return create(user, "{\"name\": \"脚本\", \"expiresInDays\": " + days + "}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString().transform(json::readTree).get("token").asString();
    }

    /** The id of the user's token by its place in the list, oldest first. */
    private long id(String user, int index) throws Exception {
        JsonNode list = json.readTree(mvc.perform(get("/api/tokens").with(httpBasic(user, TestAccounts.PASSWORD)))
                .andReturn().getResponse().getContentAsString());
        return list.get(list.size() - 1 - index).get("id").asLong();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long created(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private List<AuditRecord> lines(String user, String event) {
        return as.call("auditor", () -> audit.search(new AuditFilter(user, event, null, null, null), 0, 50));
    }
}
