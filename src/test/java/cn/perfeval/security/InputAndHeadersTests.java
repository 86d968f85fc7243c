package cn.perfeval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@PortalTest
class InputAndHeadersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void an_oversized_import_is_refused_with_413_and_nothing_is_created() throws Exception {
        int before = json.readTree(mvc.perform(get("/api/reports").with(httpBasic("drafter", "Perfeval#2026")))
                .andReturn().getResponse().getContentAsString()).size();
        ObjectNode doc = (ObjectNode) json.readTree(TestDocuments.fixtureText("miyi-2022-department.json"));
        doc.put("year", TestDocuments.freshYear());
        doc.put("conclusion", "很长的文字".repeat(1_100_000));
        mvc.perform(post("/api/reports").with(httpBasic("drafter", "Perfeval#2026"))
                        .contentType(MediaType.APPLICATION_JSON).content(doc.toString()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.title").value("请求过大"));
        int after = json.readTree(mvc.perform(get("/api/reports").with(httpBasic("drafter", "Perfeval#2026")))
                .andReturn().getResponse().getContentAsString()).size();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void answers_with_data_are_never_cached_nor_framed() throws Exception {
        mvc.perform(get("/api/reports").with(httpBasic("finance", "Perfeval#2026")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
