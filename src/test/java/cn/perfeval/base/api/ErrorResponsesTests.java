package cn.perfeval.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.perfeval.base.Messages;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every refusal and every fault answers with a status that says whose fault it is, and a body that says what. */
@PortalTest
class ErrorResponsesTests {

    private static final String PASSWORD = "Perfeval#2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    Messages messages;

    private ObjectNode smallDocument() {
        return (ObjectNode) json.valueToTree(TestDocuments.small(TestDocuments.freshYear()));
    }

    /** The small document as text, its first income row's total written as {@code raw}. */
    private String withFirstIncomeTotal(String raw) {
        ObjectNode doc = smallDocument();
        ((ObjectNode) doc.withArray("income").get(0)).put("total", "TOTAL-HERE");
        return doc.toString().replace("\"TOTAL-HERE\"", raw);
    }

    private MockHttpServletResponse send(String path, String body) throws Exception {
        return mvc.perform(post(path).with(httpBasic("drafter", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
    }

    private int reportCount() throws Exception {
        return json.readTree(mvc.perform(get("/api/reports").with(httpBasic("drafter", PASSWORD))).andReturn()
                .getResponse().getContentAsString()).size();
    }

    private JsonNode refusal(MockHttpServletResponse response, String field) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("title").asString()).isEqualTo("输入有误");
        assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
        return problem;
    }

    @Test
    void a_null_row_in_a_document_to_check_is_a_400_naming_the_row() throws Exception {
        ObjectNode doc = smallDocument();
        doc.withArray("income").insertNull(0);
        doc.withArray("indicators").addNull();
        MockHttpServletResponse response = send("/api/checks", doc.toString());
        JsonNode problem = refusal(response, "income[0]");
        assertThat(problem.get("errors").findValuesAsString("field")).contains("indicators[" + (doc.withArray(
                "indicators").size() - 1) + "]");
    }

    @Test
    void a_null_row_in_an_import_is_a_400_and_creates_nothing() throws Exception {
        int before = reportCount();
        ObjectNode doc = smallDocument();
        doc.withArray("expenditure").addNull();
        refusal(send("/api/reports", doc.toString()), "expenditure[" + (doc.withArray("expenditure").size() - 1)
                + "].code");
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void an_amount_of_1e2147483647_in_an_import_is_a_400_naming_the_cell_and_creates_nothing() throws Exception {
        int before = reportCount();
        String doc = withFirstIncomeTotal("1e2147483647");
        JsonNode problem = refusal(send("/api/reports", doc), "income[0].total");
        assertThat(problem.toString()).contains("超出允许范围");
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void an_amount_of_1e1000000_sent_to_the_checks_is_a_short_400_not_a_megabyte_answer() throws Exception {
        String doc = withFirstIncomeTotal("\"1e1000000\"");
        MockHttpServletResponse response = send("/api/checks", doc);
        refusal(response, "income[0].total");
        assertThat(response.getContentAsByteArray().length).isLessThan(4_000);
    }

    @Test
    void a_fraction_of_a_year_is_a_400_naming_the_year_never_cut_to_a_whole_year() throws Exception {
        int before = reportCount();
        ObjectNode doc = smallDocument();
        doc.put("year", 2025.5);
        refusal(send("/api/reports", doc.toString()), "year");
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void a_fault_of_the_server_is_a_500_with_a_chinese_problem_body_naming_its_request_id() throws Exception {
        ApiExceptionHandler handler = new ApiExceptionHandler(messages);
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new IllegalStateException("boom"), Locale.CHINA);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        String requestId = (String) answer.getBody().getProperties().get("requestId");
        assertThat(requestId).hasSize(12);
        assertThat(answer.getBody().getTitle()).isEqualTo("服务器内部错误");
        assertThat(answer.getBody().getDetail()).contains("请求编号 " + requestId).doesNotContain("boom");
        String other = (String) handler.unexpected(new IllegalStateException("boom"), Locale.CHINA).getBody()
                .getProperties().get("requestId");
        assertThat(other).isNotEqualTo(requestId);
    }

    @Test
    void a_database_that_cannot_be_reached_is_a_503_to_retry_later() throws Exception {
        ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler(messages).unexpected(
                new CannotCreateTransactionException("no connection", new java.sql.SQLTransientConnectionException(
                        "timed out")), Locale.CHINA);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(answer.getBody().getDetail()).contains("数据库暂时无法访问");
    }

    @Test
    void a_transaction_whose_connection_died_is_a_503_even_when_its_rollback_fails_too() throws Exception {
        // What a paused database gave (the outage trial): the rollback on the connection the pool had closed.
        ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler(messages).unexpected(
                new org.springframework.orm.jpa.JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new java.sql.SQLException("Connection is closed"))),
                Locale.CHINA);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getDetail()).contains("数据库暂时无法访问");
    }

    @Test
    void an_sql_fault_that_is_not_about_the_connection_stays_a_500() throws Exception {
        ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler(messages).unexpected(
                new org.springframework.orm.jpa.JpaSystemException(new RuntimeException("bad",
                        new java.sql.SQLException("Duplicate entry", "23000"))), Locale.CHINA);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
    }
}
