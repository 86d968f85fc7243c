package cn.perfeval.declaration.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationDocument.Indicator;
import cn.perfeval.declaration.Declarations;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/declarations}: the document in and out, the moves of the route, adjustments, errors and scoping. */
@PortalTest
class DeclarationApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void aDeclarationIsCreatedRoutedApprovedAndAdjustedThroughTheApi() throws Exception {
        DeclarationDocument doc = Declarations.project();
        long id = create(doc);
        mvc.perform(as("drafter", get("/api/declarations/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFTING"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.kind").value("PROJECT"))
                .andExpect(jsonPath("$.project").value(doc.projectName()))
                .andExpect(jsonPath("$.document.overallTarget").value(doc.overallTarget()))
                .andExpect(jsonPath("$.document.funds.total").value(containsString("1200000")))
                .andExpect(jsonPath("$.document.indicators[0].target").value("≥1200人次"))
                .andExpect(jsonPath("$.versions[0].state").value("DRAFT"))
                .andExpect(jsonPath("$.findings").isEmpty());
        mvc.perform(as("drafter", get("/api/declarations?year=2024&kind=PROJECT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));

        action("drafter", id, "submit", "{\"comment\":\"请审核\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BUREAU_REVIEW"));
        action("bureau", id, "pass", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINANCE_REVIEW"));
        action("finance", id, "approve", "{\"comment\":\"予以批复\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.versionInForce").value(1));

        DeclarationDocument adjusted = Declarations.withIndicator(doc, 0,
                new Indicator("产出指标", "数量指标", "救助人次", "≥1000人次", new BigDecimal("20")));
        mvc.perform(as("drafter", put("/api/declarations/" + id)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(adjusted)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("绩效目标已批复，不能直接修改；如需变更，请申请目标调整。"));
        mvc.perform(as("drafter", post("/api/declarations/" + id + "/adjustments"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("reason", "救助对象减少", "document", adjusted))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ADJUSTMENT_REVIEW"))
                .andExpect(jsonPath("$.version").value(2));
        action("finance", id, "approve", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.versionInForce").value(2));
        mvc.perform(as("drafter", get("/api/declarations/" + id)))
                .andExpect(jsonPath("$.versions[*].state").value(contains("SUPERSEDED", "APPROVED")))
                .andExpect(jsonPath("$.versions[1].reason").value("救助对象减少"))
                .andExpect(jsonPath("$.document.indicators[0].target").value("≥1000人次"));
        mvc.perform(as("bureau", get("/api/declarations/" + id + "/versions/1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].target").value("≥1200人次"));
        mvc.perform(as("drafter", get("/api/declarations/" + id + "/history")))
                .andExpect(jsonPath("$[*].action").value(contains("CREATE", "SUBMIT", "PASS", "APPROVE", "ADJUST",
                        "APPROVE")))
                .andExpect(jsonPath("$[4].comment").value("救助对象减少"));
    }

    @Test
    void refusalsAnswerWithProblemDetailsAndTheRightStatus() throws Exception {
        long id = create(Declarations.project());
        action("drafter", id, "approve", null).andExpect(status().isForbidden());
        action("bureau", id, "pass", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("绩效目标申报当前为“填报中”，不能执行“审核通过”。"));
        action("drafter", id, "submit", null).andExpect(status().isOk());
        action("bureau", id, "return", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        action("drafter2", id, "withdraw", null).andExpect(status().isNotFound());
        action("finance-unknown", id, "approve", null).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/declarations/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(as("drafter2", get("/api/declarations/" + id))).andExpect(status().isNotFound())
                .andExpect(content -> org.assertj.core.api.Assertions.assertThat(
                        content.getResponse().getContentAsString()).doesNotContain("救助"));
        mvc.perform(as("drafter2", get("/api/declarations?year=2024")))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) id))));
        mvc.perform(as("drafter", post("/api/declarations/" + id + "/adjustments"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"调整\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("document"));
    }

    @Test
    void aBadDocumentIs400NamingEachFieldAndADuplicateIs409() throws Exception {
        DeclarationDocument doc = Declarations.project();
        JsonNode bad = json.valueToTree(doc);
        ((tools.jackson.databind.node.ObjectNode) bad).remove("overallTarget");
        ((tools.jackson.databind.node.ObjectNode) bad.path("indicators").get(0)).remove("name");
        mvc.perform(as("drafter", post("/api/declarations")).contentType(MediaType.APPLICATION_JSON)
                .content(bad.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("overallTarget", "indicators[0].name")))
                .andExpect(jsonPath("$.errors[0].message").value("总体目标必须填写。"))
                .andExpect(jsonPath("$.errors[1].message").value("绩效指标第 1 行的三级指标必须填写。"));
        create(doc);
        mvc.perform(as("drafter", post("/api/declarations")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(doc)))
                .andExpect(status().isConflict());
        mvc.perform(as("bureau", post("/api/declarations")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Declarations.project())))
                .andExpect(status().isForbidden());
    }

    private long create(DeclarationDocument doc) throws Exception {
        String body = mvc.perform(as("drafter", post("/api/declarations")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(doc)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/declarations/")))
                .andExpect(jsonPath("$.status").value("DRAFTING"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("id").asLong();
    }

    private ResultActions action(String user, long id, String action, String body) throws Exception {
        MockHttpServletRequestBuilder request = as(user, post("/api/declarations/" + id + "/" + action));
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, TestAccounts.PASSWORD));
    }
}
