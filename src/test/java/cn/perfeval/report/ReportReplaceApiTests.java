package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.audit.AuditLog;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The export's version ({@code ETag}) and {@code PUT /api/reports/{id}} with {@code If-Match}: a draft replaced whole, or not at all. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportReplaceApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    AuditLog audit;

    @Test
    void the_export_and_the_workbook_carry_the_version_as_etag_and_the_export_in_its_body() throws Exception {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        long version = as.call("drafter", () -> reports.summary(id)).version();

        as("drafter", get("/api/reports/" + id)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + version + "\""))
                .andExpect(jsonPath("$.version").value(version));
        as("drafter", get("/api/reports/" + id + "/tables.xlsx")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + version + "\""));
    }

    @Test
    void a_draft_is_replaced_over_its_etag_with_a_history_line_and_an_audit_line() throws Exception {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        String etag = etag(id);
        ObjectNode doc = exported(id);
        doc.put("conclusion", "经评价，本部门整体支出绩效良好。");

        ResultActions done = as("drafter", put("/api/reports/" + id).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).content(doc.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFTING"));
        String newTag = done.andReturn().getResponse().getHeader("ETag");
        assertThat(newTag).isNotEqualTo(etag).isEqualTo(etag(id));

        assertThat(as.call("drafter", () -> reports.export(id)).conclusion()).isEqualTo("经评价，本部门整体支出绩效良好。");
        assertThat(as.call("drafter", () -> reports.history(id)).getLast().action()).isEqualTo(ReportAction.REPLACE);
        assertThat(as.call("auditor", () -> audit.recent(200)).stream().filter(r -> ("report:" + id).equals(r.object()))
                .map(AuditRecord::event).toList()).contains("REPORT_SAVE");
    }

    @Test
    void a_stale_version_gets_412_naming_the_stored_version_and_nothing_changes() throws Exception {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        String stale = etag(id);
        ObjectNode doc = exported(id);
        as("drafter", put("/api/reports/" + id).header("If-Match", stale).contentType(MediaType.APPLICATION_JSON)
                .content(doc.put("conclusion", "第一次替换").toString())).andExpect(status().isOk());
        String current = etag(id);

        as("drafter", put("/api/reports/" + id).header("If-Match", stale).contentType(MediaType.APPLICATION_JSON)
                .content(doc.put("conclusion", "第二次替换").toString()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", current))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("请重新读取报告")));
        assertThat(as.call("drafter", () -> reports.export(id)).conclusion()).isEqualTo("第一次替换");
    }

    @Test
    void without_if_match_the_answer_is_428_in_chinese() throws Exception {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as("drafter", put("/api/reports/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(exported(id).toString()))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("If-Match")));
    }

    @Test
    void an_invalid_document_gets_400_naming_each_field_and_nothing_is_stored() throws Exception {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        ObjectNode doc = exported(id);
        int year = doc.get("year").asInt();
        doc.put("year", year + 1);
        doc.put("conclusion", "不应保存");
        ((ObjectNode) doc.get("income").get(0)).put("total", "-1x");

        as("drafter", put("/api/reports/" + id).header("If-Match", etag(id)).contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString()))
                .andExpect(status().isBadRequest());
        doc.put("year", year);
        ((ObjectNode) doc.get("income").get(0)).put("total", -5);
        as("drafter", put("/api/reports/" + id).header("If-Match", etag(id)).contentType(MediaType.APPLICATION_JSON)
                .content(doc.put("year", year + 1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'year')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("不能替换"))));
        assertThat(as.call("drafter", () -> reports.export(id)).conclusion()).isNotEqualTo("不应保存");
    }

    @Test
    void a_report_out_of_drafting_is_not_replaced() throws Exception {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        String etag = etag(id);
        ObjectNode doc = exported(id);
        as("drafter", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/reports/" + id + "/submit")).andExpect(status().isOk());

        as("drafter", put("/api/reports/" + id).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                .content(doc.toString()))
                .andExpect(status().isConflict());
    }

    private String etag(long id) throws Exception {
        return as("drafter", get("/api/reports/" + id)).andReturn().getResponse().getHeader("ETag");
    }

    private ObjectNode exported(long id) throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(as("drafter", get("/api/reports/" + id)).andReturn().getResponse()
                .getContentAsString());
        doc.remove("version");
        return doc;
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, TestAccounts.PASSWORD)));
    }

}
