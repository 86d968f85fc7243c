package cn.perfeval.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.audit.AuditLog;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A reviewer who takes a submission up (opens its review, comments, pins) claims it; the drafter can no longer withdraw. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ClaimTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    RouteReports route;
    @Autowired
    AuditLog audit;

    @Test
    void a_claimed_review_refuses_the_withdrawal_with_409_in_chinese_and_the_claim_is_audited() throws Exception {
        long id = route.inBureauReview();
        post("bureau", "/api/reports/" + id + "/claim", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.claimed").value(true));

        post("drafter", "/api/reports/" + id + "/withdraw", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已签收")))
                .andExpect(jsonPath("$.detail").value(containsString("不能撤回")));
        List<ReportHistoryEntry> history = as.call("drafter", () -> reports.history(id));
        assertThat(history.getLast().action()).isEqualTo(ReportAction.CLAIM);
        assertThat(history.getLast().user()).isEqualTo("bureau");
        assertThat(auditEvents(id)).contains("REPORT_CLAIM");
        assertThat(as.call("bureau", () -> workflow.availableActions(id))).contains(ReportAction.PASS);
        assertThat(as.call("bureau2", () -> workflow.availableActions(id))).doesNotContain(ReportAction.PASS);
    }

    @Test
    void a_reviewers_comment_claims_the_review_and_closes_the_withdrawal() throws Exception {
        long id = route.inBureauReview();
        post("bureau", "/api/reports/" + id + "/comments", "{\"text\":\"请补充绩效目标说明\"}")
                .andExpect(status().isCreated());

        post("drafter", "/api/reports/" + id + "/withdraw", null).andExpect(status().isConflict());
        assertThat(as.call("drafter", () -> workflow.withdrawClosedReason(id))).isPresent();
    }

    @Test
    void a_reviewers_pin_claims_the_review_too() throws Exception {
        long id = route.inBureauReview();
        post("bureau", "/api/reports/" + id + "/comments", "{\"text\":\"基本信息有误\",\"pin\":{\"part\":\"basic\"}}")
                .andExpect(status().isCreated());

        assertThat(as.call("drafter", () -> workflow.availableActions(id))).doesNotContain(ReportAction.WITHDRAW);
    }

    @Test
    void the_drafters_own_comment_and_a_second_claim_change_nothing() throws Exception {
        long id = route.inBureauReview();
        post("drafter", "/api/reports/" + id + "/comments", "{\"text\":\"已按要求填报\"}")
                .andExpect(status().isCreated());
        assertThat(as.call("drafter", () -> workflow.availableActions(id))).contains(ReportAction.WITHDRAW);

        assertThat(as.call("bureau", () -> workflow.claimReview(id))).isTrue();
        assertThat(as.call("bureau", () -> workflow.claimReview(id))).isFalse();
        assertThat(as.call("bureau2", () -> workflow.claimReview(id))).isFalse();
        assertThat(as.call("drafter", () -> reports.history(id))).extracting(ReportHistoryEntry::action)
                .containsOnlyOnce(ReportAction.CLAIM);
    }

    @Test
    void a_withdrawal_before_any_reviewer_acted_still_works() throws Exception {
        long id = route.inBureauReview();
        post("drafter", "/api/reports/" + id + "/withdraw", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFTING"));
    }

    private ResultActions post(String user, String path, String body) throws Exception {
        var request = MockMvcRequestBuilders.post(path).with(httpBasic(user, TestAccounts.PASSWORD));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private List<String> auditEvents(long id) {
        return as.call("auditor", () -> audit.recent(500)).stream().filter(r -> ("report:" + id).equals(r.object()))
                .map(AuditRecord::event).toList();
    }
}
