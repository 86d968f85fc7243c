package cn.perfeval.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.report.Events.ReportStatusChanged;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.snapshot.Changes.FigureChange;
import cn.perfeval.snapshot.Changes.TextSegment;
import cn.perfeval.snapshot.Changes.TextSegment.Kind;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

@PortalTest
@Import(ReportRoundsTests.Fixtures.class)
class ReportRoundsTests {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReportRounds rounds;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;
    @Autowired
    Attachments attachments;
    @Autowired
    FailingCommits failing;

    long id;

    @BeforeEach
    void a_drafter_imports_a_report() {
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
    }

    @Test
    void each_submission_freezes_a_snapshot_with_the_next_round_number_who_and_when() {
        assertThat(as.call("drafter", () -> rounds.snapshots(id))).isEmpty();

        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.returnReport(id, "请补充说明", ReturnTarget.DRAFTING));
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("drafter", () -> workflow.withdraw(id, null));
        as.run("drafter", () -> workflow.submit(id, null));

        List<SnapshotInfo> snapshots = as.call("bureau", () -> rounds.snapshots(id));
        assertThat(snapshots).extracting(SnapshotInfo::round).containsExactly(1, 2, 3);
        assertThat(snapshots).extracting(SnapshotInfo::takenBy).containsOnly("drafter");
        assertThat(snapshots).allSatisfy(s -> assertThat(s.takenAt()).isNotNull());
        assertThat(snapshots.get(1).takenAt()).isAfterOrEqualTo(snapshots.get(0).takenAt());
        assertThat(as.call("drafter", () -> reports.summary(id)).round()).isEqualTo(3);
    }

    @Test
    void the_snapshot_keeps_the_report_as_submitted_while_the_report_changes_afterwards() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.returnReport(id, "请修改", ReturnTarget.DRAFTING));
        edit("drafter", "300.25", "700.25", "整体支出情况良好，资金使用规范。");

        RoundSnapshot first = as.call("drafter", () -> rounds.snapshot(id, 1));
        assertThat(first.info().round()).isEqualTo(1);
        assertThat(first.document().expenditure().getFirst().basic()).isEqualByComparingTo("200.25");
        assertThat(first.document().conclusion()).isEqualTo("整体支出情况良好。");
        assertThat(as.call("drafter", () -> reports.export(id)).conclusion()).isEqualTo("整体支出情况良好，资金使用规范。");
    }

    @Test
    void a_submission_refused_by_the_checks_leaves_no_snapshot() {
        ReportDocument broken = as.call("drafter", () -> reports.export(id));
        ReportDocument bad = new ReportDocument(broken.formatVersion(), broken.kind(), broken.year(), broken.unit(),
                broken.department(), broken.mainTasks(),
                List.of(new IncomeLine("210", "卫生健康支出", new BigDecimal("1200.75"), new BigDecimal("1200.75"), null),
                        broken.income().get(1)),
                broken.expenditure(), broken.totals(), null, null, null, null, null, null, broken.conclusion(), null,
                null, null, broken.publication());
        as.run("drafter", () -> reports.saveDraft(id, reports.summary(id).version(), bad));

        assertThatThrownBy(() -> as.run("drafter", () -> workflow.submit(id, null)))
                .isInstanceOf(ActionRefusedException.class);

        assertThat(as.call("drafter", () -> rounds.snapshots(id))).isEmpty();
    }

    @Test
    void a_submission_that_fails_after_the_snapshot_was_taken_rolls_the_snapshot_back_with_it() {
        failing.reports.add(id);

        assertThatThrownBy(() -> as.run("drafter", () -> workflow.submit(id, null)))
                .isInstanceOf(IllegalStateException.class);

        failing.reports.remove(id);
        assertThat(as.call("drafter", () -> reports.summary(id)).status()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(as.call("drafter", () -> rounds.snapshots(id))).isEmpty();
        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(as.call("drafter", () -> rounds.snapshots(id))).extracting(SnapshotInfo::round).containsExactly(1);
    }

    @Test
    void a_reviewer_who_saw_round_one_sees_the_figure_and_the_text_changed_in_round_two() {
        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(as.call("bureau", () -> rounds.changesForMe(id))).isEmpty();
        as.run("bureau", () -> workflow.returnReport(id, "基本支出有误，结论过简", ReturnTarget.DRAFTING));
        edit("drafter", "300.25", "700.25", "整体支出情况良好，资金使用规范。");
        as.run("drafter", () -> workflow.submit(id, "已修改"));

        Changes changes = as.call("bureau", () -> rounds.changesForMe(id)).orElseThrow();

        assertThat(changes.fromRound()).isEqualTo(1);
        assertThat(changes.parts()).containsExactly(ReportPart.EXPENDITURE, ReportPart.CONCLUSIONS);
        FigureChange basic = changes.figures(ReportPart.EXPENDITURE).getFirst();
        assertThat(basic.row()).isEqualTo("210");
        assertThat(basic.column()).isEqualTo("basic");
        assertThat(basic.before()).isEqualByComparingTo("200.25");
        assertThat(basic.after()).isEqualByComparingTo("300.25");
        assertThat(basic.difference()).isEqualByComparingTo("100.00");
        assertThat(changes.texts(ReportPart.CONCLUSIONS)).singleElement()
                .satisfies(t -> assertThat(t.segments()).contains(new TextSegment(Kind.INSERTED, "，资金使用规范")));

        // Opening the screen again shows the same changes; the round seen is now round 2.
        assertThat(as.call("bureau", () -> rounds.changesForMe(id))).hasValueSatisfying(
                again -> assertThat(again.fromRound()).isEqualTo(1));
    }

    @Test
    void a_reviewer_sees_the_changes_since_the_round_they_last_saw_not_only_the_previous_one() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> rounds.changesForMe(id));
        as.run("bureau", () -> workflow.returnReport(id, "请修改", ReturnTarget.DRAFTING));
        edit("drafter", "300.25", "700.25", "整体支出情况良好。");
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("drafter", () -> workflow.withdraw(id, "再改一处"));
        edit("drafter", "300.25", "700.25", "整体支出情况较好。");
        as.run("drafter", () -> workflow.submit(id, null));

        Changes forBureau = as.call("bureau", () -> rounds.changesForMe(id)).orElseThrow();
        assertThat(forBureau.fromRound()).isEqualTo(1);
        assertThat(forBureau.parts()).containsExactly(ReportPart.EXPENDITURE, ReportPart.CONCLUSIONS);

        // Another reviewer who never looked compares with the previous round only.
        as.run("bureau", () -> workflow.pass(id, null));
        Changes forFinance = as.call("finance", () -> rounds.changesForMe(id)).orElseThrow();
        assertThat(forFinance.fromRound()).isEqualTo(2);
        assertThat(forFinance.parts()).containsExactly(ReportPart.CONCLUSIONS);
    }

    @Test
    void changes_between_two_rounds_and_since_any_round_are_given_on_request() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.returnReport(id, "请修改", ReturnTarget.DRAFTING));
        edit("drafter", "300.25", "700.25", "整体支出情况良好。");
        as.run("drafter", () -> workflow.submit(id, null));

        Changes between = as.call("finance", () -> rounds.changesBetween(id, 1, 2));
        assertThat(between.toRound()).isEqualTo(2);
        assertThat(between.figures()).extracting(FigureChange::column).containsExactly("basic", "project");
        assertThat(as.call("drafter", () -> rounds.changesSince(id, 2)).isEmpty()).isTrue();
        assertThatThrownBy(() -> as.run("drafter", () -> rounds.changesSince(id, 7)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_attachments_of_each_round_are_frozen_with_it_and_compared() {
        attachments.names.put(id, List.of("决算报表.pdf"));
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.returnReport(id, "缺少佐证", ReturnTarget.DRAFTING));
        attachments.names.put(id, List.of("决算报表.pdf", "会议纪要.pdf"));
        as.run("drafter", () -> workflow.submit(id, null));
        attachments.names.put(id, List.of("会议纪要.pdf"));

        assertThat(as.call("bureau", () -> rounds.snapshot(id, 1)).attachments()).containsExactly("决算报表.pdf");
        assertThat(as.call("bureau", () -> rounds.changesBetween(id, 1, 2)).attachmentsAdded())
                .containsExactly("会议纪要.pdf");
        Changes sinceTwo = as.call("bureau", () -> rounds.changesSince(id, 2));
        assertThat(sinceTwo.attachmentsRemoved()).containsExactly("决算报表.pdf");
        assertThat(sinceTwo.parts()).containsExactly(ReportPart.EVIDENCE);
    }

    @Test
    void a_report_in_wan_yuan_is_frozen_with_every_amount_in_yuan() {
        long transfer = as.call("drafter", () -> reports.importDocument(
                TestDocuments.fixture(json, "miyi-2022-transfer-payment.json", TestDocuments.freshYear()))).id();
        as.run("drafter", () -> workflow.submit(transfer, null));

        ReportDocument frozen = as.call("finance", () -> rounds.snapshot(transfer, 1)).document();

        assertThat(frozen.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(frozen.projects().getFirst().executed().fiscal()).isEqualByComparingTo("6831800");
        assertThat(frozen.projects().getFirst().budget().other()).isEqualByComparingTo("3907800");
    }

    @Test
    void a_user_outside_the_reports_department_is_told_it_does_not_exist() {
        as.run("drafter", () -> workflow.submit(id, null));

        assertThatThrownBy(() -> as.run("drafter2", () -> rounds.snapshots(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("drafter2", () -> rounds.snapshot(id, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("drafter2", () -> rounds.changesSince(id, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("auditor", () -> rounds.snapshots(id))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_a_reviewer_records_what_they_have_seen() {
        as.run("drafter", () -> workflow.submit(id, null));

        assertThatThrownBy(() -> as.run("drafter", () -> rounds.changesForMe(id)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private void edit(String user, String basic, String project, String conclusion) {
        as.run(user, () -> {
            ReportDocument d = reports.export(id);
            ReportDocument edited = new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(),
                    d.mainTasks(), d.income(),
                    List.of(new ExpenditureLine("210", "卫生健康支出", new BigDecimal("1000.50"), new BigDecimal(basic),
                            new BigDecimal(project))),
                    d.totals(), d.budget(), d.threePublicExpenses(), d.assets(), d.indicators(), d.projects(),
                    d.scoring(), conclusion, d.problems(), d.suggestions(), d.resultUse(), d.publication());
            reports.saveDraft(id, reports.summary(id).version(), edited);
        });
    }

    /** Attachment names as a test sets them, and a commit that fails for the reports a test names. */
    @TestConfiguration
    static class Fixtures {

        @Bean
        Attachments testAttachments() {
            return new Attachments();
        }

        @Bean
        FailingCommits failingCommits() {
            return new FailingCommits();
        }
    }

    static class Attachments implements SnapshotAttachments {
        final Map<Long, List<String>> names = new ConcurrentHashMap<>();

        @Override
        public List<String> names(long reportId) {
            return names.getOrDefault(reportId, List.of());
        }
    }

    static class FailingCommits {
        final Set<Long> reports = ConcurrentHashMap.newKeySet();

        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
        void on(ReportStatusChanged changed) {
            if (reports.contains(changed.reportId())) {
                throw new IllegalStateException("the commit of report " + changed.reportId() + " fails");
            }
        }
    }
}
