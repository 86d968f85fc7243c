package cn.perfeval.workflow;

import cn.perfeval.support.TestDocuments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.perfeval.audit.AuditLog;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.identity.Colleague;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Delegate (委派), resolve (办结委派) and transfer (转办) of a review, and who may act on a task someone holds. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class HandoverTests {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    RouteReports route;
    @Autowired
    AuditLog audit;

    @Test
    void a_reviewer_sees_the_colleagues_of_its_role_and_department_or_region_only() {
        assertThat(as.call("bureau", () -> workflow.colleagues())).extracting(Colleague::username)
                .contains("bureau2").doesNotContain("bureau", "drafter", "finance", "finance2");
        assertThat(as.call("finance", () -> workflow.colleagues())).extracting(Colleague::username)
                .contains("finance2").doesNotContain("finance", "bureau", "bureau2");
    }

    @Test
    void a_delegated_review_is_resolved_by_the_colleague_and_comes_back_to_the_delegator_who_decides() {
        long id = route.inBureauReview();
        as.run("bureau", () -> workflow.delegate(id, "bureau2", "请核对支出表"));

        assertThat(actions("bureau2", id)).containsExactly(ReportAction.RESOLVE);
        assertThat(actions("bureau", id)).isEmpty();
        assertThat(tasksOf("bureau2")).contains(id);
        assertThat(tasksOf("bureau")).doesNotContain(id);
        assertThat(refusal("bureau", () -> workflow.pass(id, null))).isEqualTo("error.task.delegated-away");
        assertThat(refusal("bureau2", () -> workflow.pass(id, null))).isEqualTo("error.task.resolve-first");
        assertThat(refusal("bureau2", () -> workflow.transfer(id, "bureau", null))).isEqualTo("error.task.resolve-first");

        as.run("bureau2", () -> workflow.resolve(id, "支出表无误"));
        assertThat(actions("bureau", id)).contains(ReportAction.PASS, ReportAction.RETURN);
        assertThat(actions("bureau2", id)).isEmpty();
        assertThat(tasksOf("bureau")).contains(id);
        assertThat(tasksOf("bureau2")).doesNotContain(id);

        assertThat(as.call("bureau", () -> workflow.pass(id, "同意")).status()).isEqualTo(ReportStatus.FINANCE_REVIEW);
        List<ReportHistoryEntry> history = as.call("bureau", () -> reports.history(id));
        assertThat(history).extracting(ReportHistoryEntry::action).containsExactly(ReportAction.CREATE,
                ReportAction.SUBMIT, ReportAction.DELEGATE, ReportAction.RESOLVE, ReportAction.PASS);
        assertThat(history).extracting(ReportHistoryEntry::user)
                .containsExactly("drafter", "drafter", "bureau", "bureau2", "bureau");
        assertThat(history).extracting(ReportHistoryEntry::otherUser)
                .containsExactly(null, null, "bureau2", "bureau", null);
        assertThat(history.get(2).fromStatus()).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(history.get(2).toStatus()).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(history.get(3).comment()).isEqualTo("支出表无误");
        assertThat(auditEvents(id)).containsSubsequence("REPORT_DELEGATE", "REPORT_RESOLVE", "REPORT_PASS");
    }

    @Test
    void a_transferred_review_is_decided_by_the_colleague_and_no_longer_by_the_reviewer() {
        long id = route.atFinanceSignOff();
        as.run("finance", () -> workflow.transfer(id, "finance2", "本周由周审核办理"));

        assertThat(actions("finance", id)).isEmpty();
        assertThat(actions("finance2", id)).contains(ReportAction.APPROVE, ReportAction.RETURN, ReportAction.DELEGATE);
        assertThat(tasksOf("finance")).doesNotContain(id);
        assertThat(tasksOf("finance2")).contains(id);
        assertThat(refusal("finance", () -> workflow.approve(id, null))).isEqualTo("error.task.held-by-other");
        assertThat(refusal("finance", () -> workflow.transfer(id, "finance", null)))
                .isEqualTo("error.task.held-by-other");
        assertThat(as.call("finance", () -> workflow.holder(id))).hasValueSatisfying(h -> {
            assertThat(h.assignee()).isEqualTo("finance2");
            assertThat(h.delegated()).isFalse();
        });

        assertThat(as.call("finance2", () -> workflow.approve(id, "同意")).status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(as.call("finance", () -> reports.history(id))).extracting(ReportHistoryEntry::action)
                .endsWith(ReportAction.TRANSFER, ReportAction.APPROVE);
        assertThat(auditEvents(id)).containsSubsequence("REPORT_TRANSFER", "REPORT_APPROVE");
    }

    @Test
    void a_delegation_by_the_reviewer_a_task_was_transferred_to_comes_back_to_that_reviewer() {
        long id = route.inBureauReview();
        as.run("bureau", () -> workflow.transfer(id, "bureau2", null));
        as.run("bureau2", () -> workflow.delegate(id, "bureau", "请协助"));
        assertThat(actions("bureau", id)).containsExactly(ReportAction.RESOLVE);
        as.run("bureau", () -> workflow.resolve(id, null));
        assertThat(actions("bureau2", id)).contains(ReportAction.PASS);
        assertThat(actions("bureau", id)).isEmpty();
        assertThat(as.call("bureau", () -> reports.history(id)).getLast().otherUser()).isEqualTo("bureau2");
    }

    @Test
    void a_review_cannot_be_handed_to_a_user_of_another_role_department_or_region() {
        long inReview = route.inBureauReview();
        long atFinance = route.atFinanceSignOff();
        String otherBureau = route.bureauOfAnotherDepartment();
        String otherFinance = route.financeOfAnotherRegion();

        assertThat(refusal("bureau", () -> workflow.delegate(inReview, "drafter", null)))
                .isEqualTo("error.task.not-a-colleague");
        assertThat(refusal("bureau", () -> workflow.transfer(inReview, otherBureau, null)))
                .isEqualTo("error.task.not-a-colleague");
        assertThat(refusal("bureau", () -> workflow.delegate(inReview, "bureau", null)))
                .isEqualTo("error.task.not-a-colleague");
        assertThat(refusal("bureau", () -> workflow.transfer(inReview, "", null)))
                .isEqualTo("error.task.colleague-required");
        assertThat(refusal("finance", () -> workflow.delegate(atFinance, otherFinance, null)))
                .isEqualTo("error.task.not-a-colleague");
        assertThat(refusal("finance", () -> workflow.transfer(atFinance, "bureau2", null)))
                .isEqualTo("error.task.not-a-colleague");
        assertThat(refusal("finance", () -> workflow.resolve(atFinance, null))).isEqualTo("error.task.not-delegated");

        assertThat(actions("bureau", inReview)).contains(ReportAction.PASS, ReportAction.DELEGATE);
        assertThat(actions("finance", atFinance)).contains(ReportAction.APPROVE, ReportAction.TRANSFER);
        assertThat(as.call("drafter", () -> reports.history(inReview))).extracting(ReportHistoryEntry::action)
                .doesNotContain(ReportAction.DELEGATE, ReportAction.TRANSFER);
    }

    @Test
    void a_reviewer_of_another_department_can_neither_hand_over_nor_take_the_review() {
        long id = route.inBureauReview();
        String otherBureau = route.bureauOfAnotherDepartment();
        Throwable refused = catchThrowable(() -> as.run(otherBureau, () -> workflow.delegate(id, "bureau2", null)));
        assertThat(refused).isInstanceOf(cn.perfeval.base.NotFoundException.class);
        assertThat(actions("bureau", id)).contains(ReportAction.PASS);
    }

    private String refusal(String user, Supplier<?> action) {
        Throwable refused = catchThrowable(() -> as.call(user, action));
        assertThat(refused).as(user).isInstanceOf(ActionRefusedException.class);
        return ((ActionRefusedException) refused).localized().key();
    }

    private java.util.Set<ReportAction> actions(String user, long id) {
        return as.call(user, () -> workflow.availableActions(id));
    }

    private List<Long> tasksOf(String user) {
        return as.call(user, () -> workflow.myTasks()).stream().map(t -> t.report().id()).toList();
    }

    private List<String> auditEvents(long id) {
        return as.call("auditor", () -> audit.recent(500)).stream().filter(r -> ("report:" + id).equals(r.object()))
                .map(AuditRecord::event).toList().reversed();
    }
}
