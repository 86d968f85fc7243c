package cn.perfeval.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@PortalTest
class ChecksApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void checking_the_miyi_report_finds_the_missing_13_17_in_the_total_in_row_210_and_in_the_balance() throws Exception {
        int before = reportCount();
        JsonNode answer = body(as("finance", post("/api/checks").contentType(MediaType.APPLICATION_JSON)
                .content(TestDocuments.fixtureText("miyi-2022-department.json"))).andExpect(status().isOk()));

        List<JsonNode> errors = new ArrayList<>();
        answer.get("findings").forEach(f -> {
            if (f.get("severity").asString().equals("ERROR")) {
                errors.add(f);
            }
        });
        assertThat(errors).hasSize(3);
        assertThat(errors).anySatisfy(f -> {
            assertThat(f.get("row").asString()).isEqualTo("210");
            assertThat(f.get("expected").asString()).isIn("16975811.96", "16975798.79");
            assertThat(f.get("message").asString()).contains("2109999").contains("13.17");
        });
        assertThat(errors).extracting(f -> f.get("rule").asString()).contains("balance");
        assertThat(errors).allSatisfy(f -> assertThat(f.get("message").asString()).isNotBlank());
        assertThat(answer.get("score").get("total").asString()).isEqualTo("97");
        assertThat(answer.get("score").get("grade").asString()).isEqualTo("优");
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void checks_need_a_login_and_a_readable_document() throws Exception {
        mvc.perform(post("/api/checks").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        as("auditor", post("/api/checks").contentType(MediaType.APPLICATION_JSON).content("{\"income\": 5"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_findings_of_a_stored_report_are_those_of_its_document_and_stay_in_scope() throws Exception {
        long id = importFixture();
        JsonNode answer = body(as("bureau", get("/api/reports/" + id + "/findings")).andExpect(status().isOk()));
        assertThat(answer.get("findings").size()).isGreaterThanOrEqualTo(3);
        as("drafter2", get("/api/reports/" + id + "/findings")).andExpect(status().isNotFound());
    }

    @Test
    void a_report_with_errors_cannot_be_submitted_and_the_409_lists_them() throws Exception {
        long id = importFixture();
        JsonNode refused = body(as("drafter", post("/api/reports/" + id + "/submit"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("有 3 项数据校验错误，更正后才能提交。")));
        assertThat(refused.get("findings").size()).isEqualTo(3);
        assertThat(refused.get("findings").get(0).get("severity").asString()).isEqualTo("ERROR");
        assertThat(refused.get("errors").size()).isEqualTo(3);
        as("drafter", get("/api/reports/" + id)).andExpect(jsonPath("$.year").exists());
        as("drafter", get("/api/reports").param("status", "BUREAU_REVIEW"))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
    }

    @Test
    void once_the_income_side_carries_the_13_17_the_report_submits() throws Exception {
        ObjectNode doc = fixture();
        ArrayNode income = (ArrayNode) doc.get("income");
        for (JsonNode row : income) {
            if (row.get("code").asString().equals("210")) {
                ((ObjectNode) row).put("total", "16975811.96").put("fiscal", "16940811.96");
            }
        }
        income.add(json.createObjectNode().put("code", "21099").put("name", "其他卫生健康支出").put("total", "13.17")
                .put("fiscal", "13.17"));
        income.add(json.createObjectNode().put("code", "2109999").put("name", "其他卫生健康支出").put("total", "13.17")
                .put("fiscal", "13.17"));
        ((ObjectNode) doc.get("totals")).put("income", "20985541.88").put("incomeFiscal", "20950541.88");
        JsonNode checked = body(as("drafter", post("/api/checks").contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString())));
        checked.get("findings").forEach(f -> assertThat(f.get("severity").asString()).isEqualTo("WARNING"));

        long id = body(as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString())).andExpect(status().isCreated())).get("id").asLong();
        as("drafter", post("/api/reports/" + id + "/submit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BUREAU_REVIEW"));
    }

    private long importFixture() throws Exception {
        return body(as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(fixture().toString())).andExpect(status().isCreated())).get("id").asLong();
    }

    private ObjectNode fixture() {
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText("miyi-2022-department.json"));
        doc.put("year", TestDocuments.freshYear());
        return doc;
    }

    private int reportCount() throws Exception {
        return body(as("admin", get("/api/reports"))).size();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "Perfeval#2026")));
    }
}
