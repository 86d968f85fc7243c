package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportPagingApiTests {

    static final String PASSWORD = "Perfeval#2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;

    @Test
    void an_administrator_pages_through_every_report_once_with_the_total_on_each_page() throws Exception {
        as.call("drafter", () -> reports.importDocument(TestDocuments.small()));
        as.call("drafter", () -> reports.importDocument(TestDocuments.small()));
        MvcResult whole = mvc.perform(get("/api/reports").param("size", "500").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        long total = Long.parseLong(whole.getResponse().getHeader("X-Total-Count"));
        List<Long> all = ids(whole);
        assertThat(total).isEqualTo(all.size()).isGreaterThanOrEqualTo(5);

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page * 2 < total; page++) {
            MvcResult result = mvc.perform(get("/api/reports").param("page", "" + page).param("size", "2")
                    .with(httpBasic("admin", PASSWORD))).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getHeader("X-Total-Count")).isEqualTo("" + total);
            assertThat(ids(result)).hasSizeLessThanOrEqualTo(2);
            paged.addAll(ids(result));
        }
        MvcResult beyond = mvc.perform(get("/api/reports").param("page", "" + (total / 2 + 1)).param("size", "2")
                .with(httpBasic("admin", PASSWORD))).andExpect(status().isOk()).andReturn();

        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.getResponse().getHeader("X-Total-Count")).isEqualTo("" + total);
    }

    @Test
    void without_page_and_size_the_list_is_the_first_fifty_newest_year_first() throws Exception {
        MvcResult result = mvc.perform(get("/api/reports").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        long total = Long.parseLong(result.getResponse().getHeader("X-Total-Count"));
        JsonNode items = json.readTree(result.getResponse().getContentAsString());

        assertThat(items.size()).isEqualTo((int) Math.min(total, 50));
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).get("year").asInt()).isLessThanOrEqualTo(items.get(i - 1).get("year").asInt());
        }
    }

    @Test
    void a_drafter_counts_and_pages_only_the_reports_of_their_own_department() throws Exception {
        long own = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        int year = as.call("drafter", () -> reports.summary(own)).year();
        long other = as.call("drafter2", () -> reports.importDocument(TestDocuments.smallOf("米易县财政局"))).id();

        MvcResult mine = mvc.perform(get("/api/reports").param("year", "" + year)
                .with(httpBasic("drafter", PASSWORD))).andExpect(status().isOk()).andReturn();
        assertThat(mine.getResponse().getHeader("X-Total-Count")).isEqualTo("1");
        assertThat(ids(mine)).containsExactly(own);

        MvcResult theirs = mvc.perform(get("/api/reports").param("size", "500")
                .with(httpBasic("drafter2", PASSWORD))).andExpect(status().isOk()).andReturn();
        assertThat(ids(theirs)).contains(other).doesNotContain(own);
        assertThat(Long.parseLong(theirs.getResponse().getHeader("X-Total-Count"))).isEqualTo(ids(theirs).size());
    }

    @Test
    void a_page_size_above_five_hundred_or_a_negative_page_is_refused_with_a_chinese_problem() throws Exception {
        mvc.perform(get("/api/reports").param("size", "501").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("每页条数（size）须在 1 到 500 之间。"));
        mvc.perform(get("/api/reports").param("size", "0").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports").param("page", "-1").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    private List<Long> ids(MvcResult result) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : json.readTree(result.getResponse().getContentAsString())) {
            ids.add(item.get("id").asLong());
        }
        return ids;
    }
}
