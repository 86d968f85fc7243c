package cn.perfeval.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@PortalTest
class MonitoringApiTests {

    static final String PASSWORD = "Perfeval#2026";
    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    long openRound() throws Exception {
        String body = """
                {"year": 2024, "name": "2024年8月绩效运行监控 %d", "cutOff": "2024-08-31", "dueDate": "2024-09-15"}
                """.formatted(NEXT.incrementAndGet());
        String answer = mvc.perform(post("/api/monitoring/rounds").with(httpBasic("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/monitoring/rounds/")))
                .andExpect(jsonPath("$.cutOff").value("2024-08-31"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    static String document(String measure) {
        return """
                {"formatVersion": 1, "year": 2024, "unit": "YUAN", "department": {"name": "%s"},
                 "budget": [{"name": "运转类项目", "budget": "366000.00", "executed": "244000.00"}],
                 "projects": [{"name": "医保专项工作经费", "budget": 366000, "executed": "100000.00"}],
                 "indicators": [{"level1": "产出指标", "level2": "数量指标", "name": "参保人数", "target": "187387人",
                                 "progress": "WILL_NOT_BE_MET", "reason": "外出务工人员续保滞后", "measure": %s}]}
                """.formatted(TestDocuments.MEDICAL, measure == null ? "null" : "\"" + measure + "\"");
    }

    long draft(long round, String measure) throws Exception {
        String answer = mvc.perform(post("/api/monitoring/rounds/" + round + "/reports")
                .with(httpBasic("drafter", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(document(measure)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFTING"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    @Test
    void theAdministratorOpensARoundThatTheDrafterListsAndOthersCannotOpen() throws Exception {
        long round = openRound();
        mvc.perform(get("/api/monitoring/rounds").with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + round + ")].dueDate").value("2024-09-15"));
        mvc.perform(post("/api/monitoring/rounds").with(httpBasic("drafter", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\":2024,\"name\":\"x\",\"cutOff\":\"2024-06-30\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/monitoring/rounds").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/monitoring/rounds").with(httpBasic("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\":2024,\"name\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type",
                        org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name",
                        "cutOff")));
    }

    @Test
    void aReportIsCreatedReadWithItsFindingsRefusedOnSubmitWithAnErrorAndSubmittedOnceCorrected() throws Exception {
        long round = openRound();
        long id = draft(round, null);
        String path = "/api/monitoring/rounds/" + round + "/reports/" + id;
        mvc.perform(get(path).with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.department").value(TestDocuments.MEDICAL))
                .andExpect(jsonPath("$.document.budget[0].executed").value("244000.00"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'monitoring.measure-missing')].severity").value("ERROR"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'monitoring.execution-below-line')].row")
                        .value("医保专项工作经费"))
                // 244,000.00 of 366,000.00 at 08-31 of 2024 is exactly on the line (244/366): no finding
                .andExpect(jsonPath("$.findings.length()").value(2));
        mvc.perform(post(path + "/submit").with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[参保人数].measure"));

        mvc.perform(post("/api/monitoring/rounds/" + round + "/reports").with(httpBasic("drafter", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(document("逐户动员补缴")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(post(path + "/submit").with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.findings.length()").value(1));
        mvc.perform(post(path + "/submit").with(httpBasic("drafter", PASSWORD)))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherDepartmentsReportIsNotFoundAndAnUnknownRoundEither() throws Exception {
        long round = openRound();
        long id = draft(round, "逐户动员补缴");
        String path = "/api/monitoring/rounds/" + round + "/reports/" + id;
        String answer = mvc.perform(get(path).with(httpBasic("drafter2", PASSWORD)))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain("参保人数");
        mvc.perform(post(path + "/submit").with(httpBasic("drafter2", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(httpBasic("finance", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get(path).with(httpBasic("auditor", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/monitoring/rounds/999999999/reports").with(httpBasic("drafter", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(document("补缴")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDocumentOfAnotherYearIsABadRequestNamingTheField() throws Exception {
        long round = openRound();
        mvc.perform(post("/api/monitoring/rounds/" + round + "/reports").with(httpBasic("drafter", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(document("补缴").replace("2024", "2023")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }
}
