package cn.perfeval.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ReportRouteTests {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;

    long id;

    @BeforeEach
    void a_drafter_imports_a_report() {
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
    }

    @Test
    void a_report_travels_its_whole_route_from_drafting_to_publication() {
        assertThat(status("drafter")).isEqualTo(ReportStatus.DRAFTING);

        as.run("drafter", () -> workflow.submit(id, "请审核"));
        assertThat(status("bureau")).isEqualTo(ReportStatus.BUREAU_REVIEW);

        as.run("bureau", () -> workflow.pass(id, "同意"));
        assertThat(status("finance")).isEqualTo(ReportStatus.FINANCE_REVIEW);

        as.run("finance", () -> workflow.approve(id, "审批通过"));
        assertThat(status("drafter")).isEqualTo(ReportStatus.APPROVED);

        ReportSummary published = as.call("drafter", () -> workflow.publish(id));
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(reports.published()).extracting(ReportSummary::id).contains(id);

        List<ReportHistoryEntry> history = as.call("drafter", () -> reports.history(id));
        assertThat(history).extracting(ReportHistoryEntry::action).containsExactly(ReportAction.CREATE,
                ReportAction.SUBMIT, ReportAction.PASS, ReportAction.APPROVE, ReportAction.PUBLISH);
        assertThat(history).extracting(ReportHistoryEntry::user)
                .containsExactly("drafter", "drafter", "bureau", "finance", "drafter");
        assertThat(history.get(2).comment()).isEqualTo("同意");
    }

    @Test
    void finance_returns_to_drafting_and_the_resubmission_is_a_new_round_through_every_step() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        ReportSummary returned = as.call("finance",
                () -> workflow.returnReport(id, "收入表缺少 2109999 行", ReturnTarget.DRAFTING));
        assertThat(returned.status()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(returned.round()).isEqualTo(1);

        ReportSummary resubmitted = as.call("drafter", () -> workflow.submit(id, "已补充"));
        assertThat(resubmitted.status()).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(resubmitted.round()).isEqualTo(2);
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        assertThat(as.call("bureau", () -> workflow.publish(id)).status()).isEqualTo(ReportStatus.PUBLISHED);

        assertThat(as.call("finance", () -> reports.history(id))).extracting(ReportHistoryEntry::action)
                .containsExactly(ReportAction.CREATE, ReportAction.SUBMIT, ReportAction.PASS, ReportAction.RETURN,
                        ReportAction.SUBMIT, ReportAction.PASS, ReportAction.APPROVE, ReportAction.PUBLISH);
    }

    @Test
    void finance_can_return_a_report_to_bureau_review() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.returnReport(id, "请局里复核预算执行率", ReturnTarget.BUREAU_REVIEW));
        assertThat(status("bureau")).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(as.call("bureau", () -> workflow.myTasks())).extracting(t -> t.report().id()).contains(id);
    }

    @Test
    void the_bureau_returns_with_a_reason_and_a_return_without_one_is_refused() {
        as.run("drafter", () -> workflow.submit(id, null));
        assertThatThrownBy(() -> as.run("bureau", () -> workflow.returnReport(id, "  ", null)))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(status("bureau")).isEqualTo(ReportStatus.BUREAU_REVIEW);

        as.run("bureau", () -> workflow.returnReport(id, "职能描述不完整", null));
        assertThat(status("drafter")).isEqualTo(ReportStatus.DRAFTING);
    }

    @Test
    void approving_a_report_still_in_drafting_is_refused_and_changes_nothing() {
        assertThatThrownBy(() -> as.run("finance", () -> workflow.approve(id, null)))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(status("drafter")).isEqualTo(ReportStatus.DRAFTING);
    }

    @Test
    void a_report_whose_indicator_still_bears_the_templates_placeholder_name_cannot_be_submitted_until_it_is_named() {
        ReportDocument small = TestDocuments.small();
        long draft = as.call("drafter", () -> reports.importDocument(withIndicatorNamed(small, "（请填写三级指标名称）"))).id();

        assertThatThrownBy(() -> as.run("drafter", () -> workflow.submit(draft, null)))
                .isInstanceOfSatisfying(ActionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.message().key()).containsExactly("check.indicator.placeholder"));
        assertThat(as.call("drafter", () -> reports.summary(draft)).status()).isEqualTo(ReportStatus.DRAFTING);

        as.run("drafter", () -> reports.saveDraft(draft, reports.summary(draft).version(),
                withIndicatorNamed(small, "参保群众满意度")));
        assertThat(as.call("drafter", () -> workflow.submit(draft, null)).status()).isEqualTo(ReportStatus.BUREAU_REVIEW);
    }

    private static ReportDocument withIndicatorNamed(ReportDocument d, String name) {
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), d.assets(),
                List.of(new Indicator("满意度指标", "服务对象满意度指标", name, null, null, null, null, null)),
                d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(),
                d.publication());
    }

    @Test
    void a_drafter_cannot_pass_its_own_report() {
        as.run("drafter", () -> workflow.submit(id, null));
        assertThatThrownBy(() -> as.run("drafter", () -> workflow.pass(id, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status("bureau")).isEqualTo(ReportStatus.BUREAU_REVIEW);
    }

    @Test
    void another_departments_drafter_can_neither_see_nor_touch_the_report() {
        assertThatThrownBy(() -> as.run("drafter2", () -> workflow.submit(id, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("drafter2", () -> reports.details(id))).isInstanceOf(NotFoundException.class);
        assertThat(as.call("drafter2", () -> reports.list(null, null, null))).extracting(ReportSummary::id)
                .doesNotContain(id);
        assertThat(status("drafter")).isEqualTo(ReportStatus.DRAFTING);
    }

    @Test
    void the_drafter_withdraws_a_submission_before_the_bureau_acts_but_not_after() {
        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(as.call("drafter", () -> workflow.availableActions(id))).contains(ReportAction.WITHDRAW);
        as.run("drafter", () -> workflow.withdraw(id, "还要补充佐证"));
        assertThat(status("drafter")).isEqualTo(ReportStatus.DRAFTING);

        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        assertThatThrownBy(() -> as.run("drafter", () -> workflow.withdraw(id, null)))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(status("finance")).isEqualTo(ReportStatus.FINANCE_REVIEW);
    }

    @Test
    void each_user_sees_the_tasks_of_its_own_step_and_scope_only() {
        assertThat(as.call("drafter", () -> workflow.myTasks())).extracting(t -> t.report().id()).contains(id);
        assertThat(as.call("drafter2", () -> workflow.myTasks())).extracting(t -> t.report().id()).doesNotContain(id);
        assertThat(as.call("bureau", () -> workflow.myTasks())).extracting(t -> t.report().id()).doesNotContain(id);

        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(as.call("bureau", () -> workflow.myTasks())).filteredOn(t -> t.report().id() == id)
                .extracting(OpenTask::step).containsExactly(Step.BUREAU_REVIEW);
        assertThat(as.call("drafter", () -> workflow.myTasks())).extracting(t -> t.report().id()).doesNotContain(id);
    }

    @Test
    void the_admin_sees_the_step_every_open_report_waits_on() {
        as.run("drafter", () -> workflow.submit(id, null));
        var steps = as.call("admin", () -> workflow.openSteps(List.of(id)));
        assertThat(steps.get(id).step()).isEqualTo(Step.BUREAU_REVIEW);
    }

    private ReportStatus status(String user) {
        return as.call(user, () -> reports.summary(id)).status();
    }
}
