package cn.perfeval.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@PortalTest
class ReviewApiTests {

    static final String PASSWORD = "Perfeval#2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;

    long id;

    @BeforeEach
    void a_report_in_bureau_review() {
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
    }

    @Test
    void a_reviewer_pins_a_comment_the_drafter_answers_and_resolves_it_and_the_thread_shows_it_all() throws Exception {
        long pin = created(as("bureau", post(comments()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"请核对医疗救助\",\"pin\":{\"part\":\"income\",\"row\":\"21013\",\"column\":\"fiscal\"}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pin.part").value("income"))
                .andExpect(jsonPath("$.pin.row").value("21013"))
                .andExpect(jsonPath("$.pin.column").value("fiscal"))
                .andExpect(jsonPath("$.round").value(1))
                .andExpect(jsonPath("$.resolved").value(false)));

        as("drafter", post(comments()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"已核对\",\"replyTo\":" + pin + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.replyTo").value(pin));
        as("drafter", post(comments() + "/" + pin + "/resolve"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolved").value(true))
                .andExpect(jsonPath("$.resolvedBy").value("drafter"));

        as("finance", get(comments()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(pin))
                .andExpect(jsonPath("$[0].author").value("bureau"))
                .andExpect(jsonPath("$[0].authorRole").value("BUREAU_REVIEWER"))
                .andExpect(jsonPath("$[0].text").value("请核对医疗救助"))
                .andExpect(jsonPath("$[0].resolved").value(true))
                .andExpect(jsonPath("$[0].answers[0].author").value("drafter"))
                .andExpect(jsonPath("$[0].answers[0].text").value("已核对"));
    }

    @Test
    void a_plain_comment_is_changed_by_its_author_and_reopening_an_open_pin_is_a_409() throws Exception {
        long comment = created(as("drafter", post(comments()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"已补充佐证\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.pin").value(Matchers.nullValue())));
        as("drafter", put(comments() + "/" + comment).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"已补充佐证材料 3 份\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("已补充佐证材料 3 份"))
                .andExpect(jsonPath("$.editedAt").isNotEmpty());
        as("bureau", put(comments() + "/" + comment).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"改别人的\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有作者 drafter 可以修改此意见。"));
        long pin = created(as("bureau", post(comments()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"请补充\",\"pin\":{\"part\":\"basic\"}}")).andExpect(status().isCreated()));
        as("bureau", post(comments() + "/" + pin + "/reopen")).andExpect(status().isConflict());
    }

    @Test
    void a_pin_by_a_drafter_is_403() throws Exception {
        as("drafter", post(comments()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"自己钉\",\"pin\":{\"part\":\"income\",\"row\":\"210\"}}"))
                .andExpect(status().isForbidden());
        as("drafter", get(comments())).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void bad_input_is_a_400_naming_each_field() throws Exception {
        as("bureau", post(comments()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"\",\"pin\":{\"part\":\"appendix\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("text", "pin.part")));
        as("bureau", post(comments()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + "长".repeat(ReviewComments.MAX_TEXT + 1) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        as("bureau", post(comments() + "/999999/resolve")).andExpect(status().isNotFound());
    }

    @Test
    void outsiders_get_404_and_learn_nothing() throws Exception {
        long pin = created(as("bureau", post(comments()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"内部批注\",\"pin\":{\"part\":\"basic\"}}")).andExpect(status().isCreated()));
        as("drafter2", get(comments())).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.not(Matchers.containsString("内部批注"))));
        as("drafter2", post(comments()).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"越权\"}"))
                .andExpect(status().isNotFound());
        as("drafter2", post(comments() + "/" + pin + "/resolve")).andExpect(status().isNotFound());
        as("auditor", get(comments())).andExpect(status().isNotFound());
        mvc.perform(get(comments())).andExpect(status().isUnauthorized());
    }

    private String comments() {
        return "/api/reports/" + id + "/comments";
    }

    private long created(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, PASSWORD)));
    }
}
