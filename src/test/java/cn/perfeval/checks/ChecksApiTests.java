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
    void figures_in_the_conclusion_that_the_tables_contradict_come_back_with_their_sentence_and_figure()
            throws Exception {
        ObjectNode doc = fixture();
        doc.put("year", 2022);
        doc.remove("narrative");
        doc.put("conclusion", "2022年县医保局资金收入总额为20,985,528.71元。其中:财政拨款收入20,950,527.71元,"
                + "其他收入35,000元。\n2022年县医保局财政拨款收入为20,950,528.71元。");
        JsonNode answer = body(as("finance", post("/api/checks").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(doc))).andExpect(status().isOk()));

        List<JsonNode> prose = new ArrayList<>();
        answer.get("findings").forEach(f -> {
            if (f.get("rule").asString().startsWith("prose.")) {
                prose.add(f);
            } else {
                assertThat(f.has("quote")).isFalse();
            }
        });
        assertThat(prose).extracting(f -> f.get("rule").asString()).containsExactlyInAnyOrder("prose.figure",
                "prose.sum");
        JsonNode figure = prose.stream().filter(f -> f.get("rule").asString().equals("prose.figure")).findFirst()
                .orElseThrow();
        assertThat(figure.get("severity").asString()).isEqualTo("WARNING");
        assertThat(figure.get("table").asString()).isEqualTo("texts");
        assertThat(figure.get("row").asString()).isEqualTo("conclusion");
        JsonNode quote = figure.get("quote");
        assertThat(quote.get("sentence").asString()).isEqualTo("其中:财政拨款收入20,950,527.71元,其他收入35,000元");
        assertThat(quote.get("figure").asString()).isEqualTo("20,950,527.71元");
        assertThat(quote.get("sentence").asString().substring(quote.get("start").asInt(), quote.get("end").asInt()))
                .isEqualTo("20,950,527.71元");
        assertThat(figure.get("message").asString()).contains("20,950,528.71元");
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

    /** A project of 100 万元 executed to 80, with the given indicator weights (产出, 效益, 满意度) all met. */
    private ObjectNode project(String name, String output, String outcome, String satisfaction) {
        ObjectNode project = json.createObjectNode().put("name", name);
        project.putObject("budget").put("fiscal", "100.00").put("other", "0");
        project.putObject("executed").put("fiscal", "80.00").put("other", "0");
        ArrayNode indicators = project.putArray("indicators");
        indicators.addObject().put("level1", "产出指标").put("name", "救助人次").put("target", "≥100人次")
                .put("actual", "100人次").put("weight", output);
        indicators.addObject().put("level1", "效益指标").put("name", "就医负担").put("target", "有效缓解")
                .put("actual", "有效缓解").put("weight", outcome).put("score", outcome);
        indicators.addObject().put("level1", "满意度指标").put("name", "满意度").put("target", "≥90%")
                .put("actual", "95%").put("weight", satisfaction);
        return project;
    }

    @Test
    void a_project_report_of_an_unknown_framework_is_scored_from_its_own_table_each_project_scored_too() throws Exception {
        ObjectNode doc = json.createObjectNode().put("formatVersion", 1).put("kind", "PROJECT").put("year", 2020)
                .put("unit", "WAN_YUAN");
        doc.putArray("projects").add(project("医疗照顾", "50", "30", "10")).add(project("城乡医疗救助", "50", "30", "10"));
        ObjectNode scoring = doc.putObject("scoring").put("framework", "2020年部门整体支出绩效自评指标体系")
                .put("total", "99").put("grade", "优");
        ArrayNode items = scoring.putArray("items");
        for (String[] item : new String[][] {{"决策", "20", "20"}, {"过程", "20", "19"}, {"产出", "30", "30"},
            {"效益", "30", "30"}}) {
            ObjectNode node = items.addObject().put("maxPoints", item[1]).put("selfScore", item[2]);
            node.putArray("path").add(item[0]);
        }

        JsonNode answer = body(as("drafter", post("/api/checks").contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString())).andExpect(status().isOk()));

        assertThat(answer.get("score").get("total").asString()).isEqualTo("99");
        assertThat(answer.get("score").get("grade").asString()).isEqualTo("优");
        assertThat(answer.get("score").get("projects")).hasSize(2).allSatisfy(p -> {
            assertThat(p.get("total").asString()).isEqualTo("98.00");
            assertThat(p.get("grade").asString()).isEqualTo("优");
        });
        List<JsonNode> findings = new ArrayList<>();
        answer.get("findings").forEach(findings::add);
        assertThat(findings).filteredOn(f -> f.get("rule").asString().equals("scoring.framework")).singleElement()
                .satisfies(f -> {
                    assertThat(f.get("severity").asString()).isEqualTo("WARNING");
                    assertThat(f.get("message").asString()).contains("2020年部门整体支出绩效自评指标体系", "未在本系统登记");
                });
        assertThat(findings).noneMatch(f -> f.get("severity").asString().equals("ERROR"));
    }

    @Test
    void a_project_whose_weights_add_up_to_180_and_a_total_of_188_78_are_errors() throws Exception {
        ObjectNode doc = json.createObjectNode().put("formatVersion", 1).put("kind", "PROJECT").put("year", 2020)
                .put("unit", "WAN_YUAN");
        doc.putArray("projects").add(project("医疗照顾", "100", "60", "20"));
        doc.putObject("scoring").put("total", "188.78").put("grade", "优");

        JsonNode answer = body(as("drafter", post("/api/checks").contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString())).andExpect(status().isOk()));

        List<String> errors = new ArrayList<>();
        answer.get("findings").forEach(f -> {
            if (f.get("severity").asString().equals("ERROR")) {
                errors.add(f.get("rule").asString() + " " + f.get("expected").asString() + " " + f.get("found").asString());
            }
        });
        assertThat(errors).containsExactlyInAnyOrder("indicator.weights 90 180", "scoring.total-range 100 188.78");
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
