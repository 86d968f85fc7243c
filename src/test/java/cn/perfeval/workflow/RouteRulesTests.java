package cn.perfeval.workflow;

import cn.perfeval.support.TestDocuments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.RouteNote;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every move of the route and every refusal: role, scope, step, reason; the return straight back; withdraw. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class RouteRulesTests {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    RouteReports route;

    // --- every transition -------------------------------------------------------------------

    @Test
    void finance_returns_to_drafting_and_the_resubmission_goes_through_bureau_review_again() {
        long id = route.atFinanceSignOff();
        ReportSummary returned = as.call("finance", () -> workflow.returnReport(id, "请补充佐证", ReturnTarget.DRAFTING));
        assertThat(returned.status()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(as.call("drafter", () -> workflow.submit(id, null)).status()).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(last(id).note()).isNull();
    }

    @Test
    void the_bureau_passes_after_finance_returned_the_report_to_it() {
        long id = route.atFinanceSignOff();
        as.run("finance", () -> workflow.returnReport(id, "请局里复核", ReturnTarget.BUREAU_REVIEW));
        assertThat(as.call("bureau", () -> workflow.pass(id, "已复核")).status()).isEqualTo(ReportStatus.FINANCE_REVIEW);
        assertThat(as.call("finance", () -> workflow.approve(id, null)).status()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void the_bureau_returns_to_drafting_after_finance_returned_the_report_to_it() {
        long id = route.atFinanceSignOff();
        as.run("finance", () -> workflow.returnReport(id, "请局里复核", ReturnTarget.BUREAU_REVIEW));
        as.run("bureau", () -> workflow.returnReport(id, "请填报人修改", ReturnTarget.DRAFTING));
        assertThat(status(id)).isEqualTo(ReportStatus.DRAFTING);
        assertThat(as.call("drafter", () -> workflow.submit(id, null)).status()).isEqualTo(ReportStatus.BUREAU_REVIEW);
    }

    // --- illegal moves ----------------------------------------------------------------------

    @Test
    void each_action_is_refused_to_the_wrong_role() {
        long inReview = route.inBureauReview();
        long atFinance = route.atFinanceSignOff();
        long drafting = route.drafting();
        assertRefusedAs(AccessDeniedException.class, "drafter", () -> workflow.pass(inReview, null));
        assertRefusedAs(AccessDeniedException.class, "finance", () -> workflow.pass(inReview, null));
        assertRefusedAs(AccessDeniedException.class, "bureau", () -> workflow.approve(atFinance, null));
        assertRefusedAs(AccessDeniedException.class, "drafter", () -> workflow.approve(atFinance, null));
        assertRefusedAs(AccessDeniedException.class, "drafter", () -> workflow.returnReport(atFinance, "x", null));
        assertRefusedAs(AccessDeniedException.class, "bureau", () -> workflow.submit(drafting, null));
        assertRefusedAs(AccessDeniedException.class, "admin", () -> workflow.approve(atFinance, null));
        assertRefusedAs(AccessDeniedException.class, "finance", () -> workflow.withdraw(inReview, null));
        assertRefusedAs(AccessDeniedException.class, "drafter", () -> workflow.delegate(inReview, "bureau2", null));
        for (String administrator : List.of("admin", "security", "auditor")) {
            assertRefusedAs(AccessDeniedException.class, administrator,
                    () -> workflow.delegate(inReview, "bureau2", null));
            assertRefusedAs(AccessDeniedException.class, administrator,
                    () -> workflow.transfer(inReview, "bureau2", null));
            assertRefusedAs(AccessDeniedException.class, administrator, () -> workflow.resolve(inReview, null));
            assertRefusedAs(AccessDeniedException.class, administrator,
                    () -> workflow.approveBatch(List.of(atFinance), null));
            assertRefusedAs(AccessDeniedException.class, administrator,
                    () -> reports.recordHandover(inReview, ReportAction.DELEGATE, "bureau2", null));
        }
        assertThat(status(inReview)).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(status(atFinance)).isEqualTo(ReportStatus.FINANCE_REVIEW);
    }

    @Test
    void a_reviewer_of_another_department_or_region_does_not_even_see_the_report() {
        long inReview = route.inBureauReview();
        long atFinance = route.atFinanceSignOff();
        String otherBureau = route.bureauOfAnotherDepartment();
        String otherFinance = route.financeOfAnotherRegion();
        assertRefusedAs(NotFoundException.class, otherBureau, () -> workflow.pass(inReview, null));
        assertRefusedAs(NotFoundException.class, otherBureau, () -> workflow.returnReport(inReview, "x", null));
        assertRefusedAs(NotFoundException.class, otherFinance, () -> workflow.approve(atFinance, null));
        assertRefusedAs(NotFoundException.class, otherFinance,
                () -> workflow.returnReport(atFinance, "x", ReturnTarget.DRAFTING, true));
        assertRefusedAs(NotFoundException.class, "drafter2", () -> workflow.withdraw(inReview, null));
        assertThat(as.call(otherBureau, () -> workflow.myTasks())).extracting(t -> t.report().id())
                .doesNotContain(inReview);
        assertThat(as.call(otherFinance, () -> workflow.myTasks())).isEmpty();
        assertThat(status(inReview)).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(status(atFinance)).isEqualTo(ReportStatus.FINANCE_REVIEW);
    }

    @Test
    void an_action_of_another_step_is_refused_and_changes_nothing() {
        long drafting = route.drafting();
        long inReview = route.inBureauReview();
        long atFinance = route.atFinanceSignOff();
        assertNotNow("bureau", () -> workflow.pass(drafting, null));
        assertNotNow("bureau", () -> workflow.returnReport(drafting, "x", null));
        assertNotNow("drafter", () -> workflow.submit(inReview, null));
        assertNotNow("finance", () -> workflow.approve(inReview, null));
        assertNotNow("finance", () -> workflow.returnReport(inReview, "x", ReturnTarget.DRAFTING));
        assertNotNow("bureau", () -> workflow.pass(atFinance, null));
        assertNotNow("drafter", () -> workflow.publish(atFinance));
        assertNotNow("drafter", () -> workflow.withdraw(drafting, null));
        assertNotNow("finance", () -> workflow.delegate(drafting, "finance2", null));
        assertThat(List.of(status(drafting), status(inReview), status(atFinance))).containsExactly(
                ReportStatus.DRAFTING, ReportStatus.BUREAU_REVIEW, ReportStatus.FINANCE_REVIEW);
    }

    @Test
    void a_return_without_a_reason_is_refused_at_either_review() {
        long inReview = route.inBureauReview();
        long atFinance = route.atFinanceSignOff();
        assertRefused("error.return.reason-required", "bureau", () -> workflow.returnReport(inReview, null, null));
        assertRefused("error.return.reason-required", "finance",
                () -> workflow.returnReport(atFinance, " ", ReturnTarget.BUREAU_REVIEW, true));
        assertThat(status(inReview)).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(status(atFinance)).isEqualTo(ReportStatus.FINANCE_REVIEW);
    }

    @Test
    void the_bureau_can_neither_return_to_its_own_step_nor_ask_for_the_report_straight_back() {
        long inReview = route.inBureauReview();
        assertRefused("error.return.bureau-only-to-drafting", "bureau",
                () -> workflow.returnReport(inReview, "x", ReturnTarget.BUREAU_REVIEW));
        assertRefused("error.return.back-to-me-finance-only", "bureau",
                () -> workflow.returnReport(inReview, "x", ReturnTarget.DRAFTING, true));
        assertThat(status(inReview)).isEqualTo(ReportStatus.BUREAU_REVIEW);
    }

    // --- return straight back (backToMe) ----------------------------------------------------

    @Test
    void finance_returns_asking_for_it_straight_back_and_the_resubmission_skips_bureau_review() {
        long id = route.atFinanceSignOff();
        ReportSummary returned = as.call("finance",
                () -> workflow.returnReport(id, "收入表缺 2109999 行", ReturnTarget.DRAFTING, true));
        assertThat(returned.status()).isEqualTo(ReportStatus.DRAFTING);
        ReportHistoryEntry returnLine = last(id);
        assertThat(returnLine.action()).isEqualTo(ReportAction.RETURN);
        assertThat(returnLine.note()).isEqualTo(RouteNote.BACK_TO_FINANCE);

        ReportSummary resubmitted = as.call("drafter", () -> workflow.submit(id, "已补充"));
        assertThat(resubmitted.status()).isEqualTo(ReportStatus.FINANCE_REVIEW);
        assertThat(resubmitted.round()).isEqualTo(2);
        ReportHistoryEntry submitLine = last(id);
        assertThat(submitLine.fromStatus()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(submitLine.toStatus()).isEqualTo(ReportStatus.FINANCE_REVIEW);
        assertThat(submitLine.note()).isEqualTo(RouteNote.STRAIGHT_BACK_TO_FINANCE);
        assertThat(as.call("bureau", () -> workflow.myTasks())).extracting(t -> t.report().id()).doesNotContain(id);
        assertThat(as.call("finance", () -> workflow.myTasks())).filteredOn(t -> t.report().id() == id)
                .extracting(OpenTask::step).containsExactly(Step.FINANCE_SIGN_OFF);

        as.run("finance", () -> workflow.approve(id, "同意"));
        assertThat(as.call("finance", () -> reports.history(id))).extracting(ReportHistoryEntry::action)
                .containsExactly(ReportAction.CREATE, ReportAction.SUBMIT, ReportAction.PASS, ReportAction.RETURN,
                        ReportAction.SUBMIT, ReportAction.APPROVE);
    }

    @Test
    void the_request_for_it_straight_back_holds_for_one_return_only() {
        long id = route.atFinanceSignOff();
        as.run("finance", () -> workflow.returnReport(id, "第一次退回", ReturnTarget.DRAFTING, true));
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("finance", () -> workflow.returnReport(id, "第二次退回", ReturnTarget.DRAFTING, false));
        assertThat(as.call("drafter", () -> workflow.submit(id, null)).status()).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(last(id).note()).isNull();
    }

    @Test
    void returned_to_the_bureau_with_it_straight_back_a_correction_by_the_drafter_also_comes_straight_back() {
        long id = route.atFinanceSignOff();
        as.run("finance", () -> workflow.returnReport(id, "请局里核实指标", ReturnTarget.BUREAU_REVIEW, true));
        assertThat(status(id)).isEqualTo(ReportStatus.BUREAU_REVIEW);
        as.run("bureau", () -> workflow.returnReport(id, "请修改第 3 项指标", ReturnTarget.DRAFTING));
        assertThat(as.call("drafter", () -> workflow.submit(id, null)).status())
                .isEqualTo(ReportStatus.FINANCE_REVIEW);
    }

    // --- withdraw ---------------------------------------------------------------------------

    @Test
    void the_drafter_withdraws_a_submission_that_went_straight_back_to_finance_before_finance_acts() {
        long id = route.atFinanceSignOff();
        as.run("finance", () -> workflow.returnReport(id, "请修改", ReturnTarget.DRAFTING, true));
        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(as.call("drafter", () -> workflow.availableActions(id))).contains(ReportAction.WITHDRAW);

        assertThat(as.call("drafter", () -> workflow.withdraw(id, "还要改")).status()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(last(id).fromStatus()).isEqualTo(ReportStatus.FINANCE_REVIEW);
        // still asked for straight back: the next submission goes to finance again
        assertThat(as.call("drafter", () -> workflow.submit(id, null)).status()).isEqualTo(ReportStatus.FINANCE_REVIEW);
    }

    @Test
    void withdrawing_is_refused_once_the_reviewer_has_delegated_or_transferred_the_submission() {
        long delegated = route.inBureauReview();
        as.run("bureau", () -> workflow.delegate(delegated, "bureau2", "请先看一下"));
        assertThat(as.call("drafter", () -> workflow.availableActions(delegated))).doesNotContain(ReportAction.WITHDRAW);
        assertRefused("error.withdraw.reviewer-acted", "drafter", () -> workflow.withdraw(delegated, null));
        assertThat(status(delegated)).isEqualTo(ReportStatus.BUREAU_REVIEW);

        long transferred = route.atFinanceSignOff();
        as.run("finance", () -> workflow.returnReport(transferred, "请修改", ReturnTarget.DRAFTING, true));
        as.run("drafter", () -> workflow.submit(transferred, null));
        as.run("finance", () -> workflow.transfer(transferred, "finance2", null));
        assertRefused("error.withdraw.reviewer-acted", "drafter", () -> workflow.withdraw(transferred, null));
        assertThat(status(transferred)).isEqualTo(ReportStatus.FINANCE_REVIEW);
    }

    @Test
    void withdrawing_is_refused_once_the_reviewer_has_decided_or_when_finance_sent_the_report_to_the_bureau() {
        long passed = route.atFinanceSignOff();
        assertRefused("error.withdraw.already-reviewed", "drafter", () -> workflow.withdraw(passed, null));

        as.run("finance", () -> workflow.returnReport(passed, "请局里复核", ReturnTarget.BUREAU_REVIEW));
        assertThat(as.call("drafter", () -> workflow.availableActions(passed))).doesNotContain(ReportAction.WITHDRAW);
        assertRefused("error.withdraw.already-reviewed", "drafter", () -> workflow.withdraw(passed, null));
        assertThat(status(passed)).isEqualTo(ReportStatus.BUREAU_REVIEW);
    }

    private void assertRefusedAs(Class<? extends Throwable> type, String user, ThrowingCallable action) {
        assertThat(attempt(user, action)).as(user).isInstanceOf(type);
    }

    private void assertRefused(String key, String user, ThrowingCallable action) {
        Throwable refusal = attempt(user, action);
        assertThat(refusal).as(user).isInstanceOf(ActionRefusedException.class);
        assertThat(((ActionRefusedException) refusal).localized().key()).isEqualTo(key);
    }

    private Throwable attempt(String user, ThrowingCallable action) {
        return catchThrowable(() -> as.run(user, () -> {
            try {
                action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private void assertNotNow(String user, ThrowingCallable action) {
        assertRefused("error.action.not-now", user, action);
    }

    private ReportStatus status(long id) {
        return as.call("drafter", () -> reports.summary(id)).status();
    }

    private ReportHistoryEntry last(long id) {
        return as.call("drafter", () -> reports.history(id)).getLast();
    }
}
