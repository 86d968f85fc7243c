package cn.perfeval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.perfeval.base.HeavyWork;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole documents and workbooks are read at most two at a time: beyond that a request waits a
 * moment, then gets a 503 with {@code Retry-After} and a Chinese message, and nothing is created.
 */
@PortalTest
class HeavyUploadsTests {

    private static final String PASSWORD = "Perfeval#2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    HeavyWork heavyWork;

    @Test
    void an_upload_while_two_others_are_being_read_gets_503_with_retry_after_and_nothing_is_created()
            throws Exception {
        String document = json.writeValueAsString(TestDocuments.small(TestDocuments.freshYear()));
        long before = reportCount();
        CountDownLatch holding = new CountDownLatch(2);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService others = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                others.submit(() -> heavyWork.call(() -> {
                    holding.countDown();
                    try {
                        return done.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
            }
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse refused = importDocument(document);
            assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            JsonNode problem = json.readTree(refused.getContentAsString());
            assertThat(problem.get("title").asString()).isEqualTo("服务繁忙");
            assertThat(problem.get("detail").asString()).contains("同时上传处理的文件过多").contains("5 秒后重试");
            MockHttpServletResponse checks = mvc.perform(post("/api/checks").with(httpBasic("drafter", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(document)).andReturn().getResponse();
            assertThat(checks.getStatus()).isEqualTo(503);
            assertThat(reportCount()).isEqualTo(before);
        } finally {
            done.countDown();
            others.shutdown();
            assertThat(others.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        MockHttpServletResponse accepted = importDocument(document);
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(201);
        assertThat(reportCount()).isEqualTo(before + 1);
    }

    @Test
    void six_workbooks_uploaded_at_once_all_get_an_answer_and_the_permits_come_back() throws Exception {
        MockHttpServletResponse created = importDocument(json.writeValueAsString(
                TestDocuments.small(TestDocuments.freshYear())));
        long id = json.readTree(created.getContentAsString()).get("id").asLong();
        String path = "/api/reports/" + id + "/tables.xlsx";
        byte[] workbook = mvc.perform(get(path).with(httpBasic("drafter", PASSWORD))).andReturn().getResponse()
                .getContentAsByteArray();
        int free = heavyWork.available();

        ExecutorService uploaders = Executors.newFixedThreadPool(6);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 6; i++) {
            answers.add(uploaders.submit(() -> {
                start.await();
                return mvc.perform(put(path).with(httpBasic("drafter", PASSWORD))
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(workbook)).andReturn().getResponse();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<MockHttpServletResponse> answer : answers) {
            MockHttpServletResponse response = answer.get(60, TimeUnit.SECONDS);
            statuses.add(response.getStatus());
            assertThat(response.getContentAsString()).as("status " + response.getStatus()).isNotBlank();
            if (response.getStatus() == 503) {
                assertThat(response.getHeader("Retry-After")).isEqualTo("5");
            }
        }
        uploaders.shutdown();
        // One upload wins; the others find the report saved since the download (409) or wait their turn (503).
        assertThat(statuses).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409 || s == 503);
        assertThat(heavyWork.available()).isEqualTo(free);
    }

    private MockHttpServletResponse importDocument(String document) throws Exception {
        return mvc.perform(post("/api/reports").with(httpBasic("drafter", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(document)).andReturn().getResponse();
    }

    private long reportCount() throws Exception {
        return Long.parseLong(mvc.perform(get("/api/reports").with(httpBasic("drafter", PASSWORD))).andReturn()
                .getResponse().getHeader("X-Total-Count"));
    }
}
