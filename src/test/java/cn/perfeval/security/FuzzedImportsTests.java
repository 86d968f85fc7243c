package cn.perfeval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seeded slice of malformed documents against the import and the checks: never a 5xx, never an
 * empty 403, never a report created on a refusal. The larger run is {@code FuzzedImportsBenchmark}.
 */
@PortalTest
class FuzzedImportsTests {

    static final long SEED = 20261205L;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void malformed_documents_get_a_4xx_with_a_body_and_create_no_report() throws Exception {
        Map<String, Integer> byKind = run(mvc, json, SEED, 250);
        assertThat(byKind.keySet()).containsAll(FuzzedImports.KINDS);
    }

    /** Sends {@code count} cases to each of the import and the checks; returns the cases by kind. */
    static Map<String, Integer> run(MockMvc mvc, JsonMapper json, long seed, int count) throws Exception {
        String valid = json.writeValueAsString(TestDocuments.small(TestDocuments.freshYear()));
        int before = reportCount(mvc, json);
        Map<String, Integer> byKind = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int created = 0;
        List<FuzzedImports.Case> cases = FuzzedImports.cases(json, valid, seed, count);
        for (int i = 0; i < cases.size(); i++) {
            FuzzedImports.Case c = cases.get(i);
            byKind.merge(c.kind(), 1, Integer::sum);
            for (String path : new String[] {"/api/reports", "/api/checks"}) {
                MockHttpServletResponse response = mvc.perform(post(path).with(httpBasic("drafter", "Perfeval#2026"))
                        .contentType(MediaType.APPLICATION_JSON).content(c.body())).andReturn().getResponse();
                int status = response.getStatus();
                if (path.equals("/api/reports") && status == 201) {
                    created++; // damage the validator accepts (an extra field, a dropped optional one)
                    continue;
                }
                if (status >= 500 || status == 403 || (status >= 400 && response.getContentAsString().isBlank())) {
                    wrong.add(path + " case " + i + " (" + c.kind() + ", seed " + seed + "): " + status + " "
                            + abbreviate(response.getContentAsString()));
                }
                if (status < 400 && !(path.equals("/api/checks") && status == 200)) {
                    wrong.add(path + " case " + i + " (" + c.kind() + "): unexpected " + status);
                }
            }
        }
        assertThat(wrong).as("answers that are 5xx, 403 or an error without a body").isEmpty();
        assertThat(reportCount(mvc, json)).as("reports created only by accepted documents")
                .isEqualTo(before + created);
        System.out.printf("fuzzed %d documents x 2 endpoints: %s; accepted imports %d; 5xx 0; empty 403 0%n",
                cases.size(), byKind, created);
        return byKind;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static int reportCount(MockMvc mvc, JsonMapper json) throws Exception {
        // The list is paged: the total stands in its header.
        return Integer.parseInt(mvc.perform(get("/api/reports").with(httpBasic("drafter", "Perfeval#2026")))
                .andReturn().getResponse().getHeader("X-Total-Count"));
    }
}
