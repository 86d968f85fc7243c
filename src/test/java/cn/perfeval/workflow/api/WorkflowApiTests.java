package cn.perfeval.workflow.api;

import cn.perfeval.support.TestDocuments;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.workflow.RouteReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The API of the review route: return straight back, delegate, resolve, transfer, batch sign-off, withdraw. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class WorkflowApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RouteReports route;

    @Test
    void finance_returns_asking_for_it_straight_back_and_the_resubmission_comes_to_finance() throws Exception {
        long id = route.atFinanceSignOff();
        post("finance", "/api/reports/" + id + "/return",
                "{\"comment\":\"收入表缺行\",\"to\":\"DRAFTING\",\"backToMe\":true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFTING"));
        post("drafter", "/api/reports/" + id + "/submit", "{\"comment\":\"已补充\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINANCE_REVIEW"))
                .andExpect(jsonPath("$.round").value(2));
        mvc.perform(get("/api/reports/" + id + "/history").with(httpBasic("drafter", TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$[*].action").value(contains("CREATE", "SUBMIT", "PASS", "RETURN", "SUBMIT")))
                .andExpect(jsonPath("$[3].note").value("BACK_TO_FINANCE"))
                .andExpect(jsonPath("$[4].note").value("STRAIGHT_BACK_TO_FINANCE"))
                .andExpect(jsonPath("$[4].toStatus").value("FINANCE_REVIEW"));
    }

    @Test
    void a_bureau_asking_for_it_straight_back_gets_409() throws Exception {
        long id = route.inBureauReview();
        post("bureau", "/api/reports/" + id + "/return", "{\"comment\":\"请修改\",\"backToMe\":true}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有财政审核退回时才能要求“修改后直接退回”。"));
    }

    @Test
    void a_review_is_delegated_resolved_and_transferred_and_the_history_names_the_colleague() throws Exception {
        long id = route.inBureauReview();
        post("bureau", "/api/reports/" + id + "/delegate", "{\"to\":\"bureau2\",\"comment\":\"请核对\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BUREAU_REVIEW"));
        post("bureau", "/api/reports/" + id + "/pass", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("委派给 bureau2")));
        post("bureau2", "/api/reports/" + id + "/resolve", "{\"comment\":\"已核对\"}").andExpect(status().isOk());
        post("bureau", "/api/reports/" + id + "/transfer", "{\"to\":\"bureau2\"}").andExpect(status().isOk());
        post("bureau2", "/api/reports/" + id + "/pass", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINANCE_REVIEW"));
        mvc.perform(get("/api/reports/" + id + "/history").with(httpBasic("bureau", TestAccounts.PASSWORD)))
                .andExpect(jsonPath("$[*].action")
                        .value(contains("CREATE", "SUBMIT", "DELEGATE", "RESOLVE", "TRANSFER", "PASS")))
                .andExpect(jsonPath("$[*].otherUser").value(contains(null, null, "bureau2", "bureau", "bureau2", null)))
                .andExpect(jsonPath("$[2].comment").value("请核对"));
    }

    @Test
    void a_handover_to_someone_who_is_not_a_colleague_or_without_a_delegation_gets_409() throws Exception {
        long id = route.atFinanceSignOff();
        post("finance", "/api/reports/" + id + "/delegate", "{\"to\":\"bureau\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.detail").value(containsString("不是与您同一角色")));
        post("finance", "/api/reports/" + id + "/transfer", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("请选择一位同事。"));
        post("finance", "/api/reports/" + id + "/resolve", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("此任务没有委派给您，无需办结委派。"));
        post("drafter", "/api/reports/" + id + "/delegate", "{\"to\":\"drafter2\"}").andExpect(status().isForbidden());
    }

    @Test
    void a_batch_sign_off_approves_each_report_and_lists_the_skipped_one_with_its_reason() throws Exception {
        long first = route.atFinanceSignOff();
        long second = route.atFinanceSignOff();
        long inBureau = route.inBureauReview();
        post("finance", "/api/reports/approve-batch",
                "{\"ids\":[" + first + "," + inBureau + "," + second + "],\"comment\":\"同意\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved").value(2))
                .andExpect(jsonPath("$.skipped").value(1))
                .andExpect(jsonPath("$.outcomes[*].id").value(contains((int) first, (int) inBureau, (int) second)))
                .andExpect(jsonPath("$.outcomes[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.outcomes[1].approved").value(false))
                .andExpect(jsonPath("$.outcomes[1].status").value("BUREAU_REVIEW"))
                .andExpect(jsonPath("$.outcomes[1].reason").value("报告当前状态为“局审核中”，不能执行“审批通过”。"));
        post("bureau", "/api/reports/approve-batch", "{\"ids\":[" + inBureau + "]}").andExpect(status().isForbidden());
    }

    @Test
    void a_withdraw_after_the_reviewer_acted_gets_409_saying_why() throws Exception {
        long id = route.inBureauReview();
        post("bureau", "/api/reports/" + id + "/transfer", "{\"to\":\"bureau2\"}").andExpect(status().isOk());
        post("drafter", "/api/reports/" + id + "/withdraw", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("不能撤回")));
    }

    private ResultActions post(String user, String path, String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(httpBasic(user, TestAccounts.PASSWORD));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
