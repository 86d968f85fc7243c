package cn.perfeval.workflow;

import cn.perfeval.support.TestDocuments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.perfeval.audit.AuditLog;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Finance approves several reports with one comment; each on its own, the ones that cannot be approved skipped. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class BatchSignOffTests {

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
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_report_is_approved_on_its_own_and_those_that_cannot_be_are_skipped_with_the_reason() {
        long first = route.atFinanceSignOff();
        long second = route.atFinanceSignOff();
        long failingChecks = route.atFinanceSignOff();
        long stillInBureau = route.inBureauReview();
        long transferred = route.atFinanceSignOff();
        as.run("finance", () -> workflow.transfer(transferred, "finance2", null));
        // The figures changed behind the route (a data correction, stricter rules): the sums no longer hold.
        jdbc.update("update report_income_row set total = total + 200 where report_id = ? and row_no = 0",
                failingChecks);

        List<BatchOutcome> outcomes = as.call("finance", () -> workflow.approveBatch(
                List.of(first, failingChecks, stillInBureau, transferred, second, first), "同意，批量审批"));

        assertThat(outcomes).extracting(BatchOutcome::reportId)
                .containsExactly(first, failingChecks, stillInBureau, transferred, second);
        Map<Long, BatchOutcome> byId = outcomes.stream()
                .collect(Collectors.toMap(BatchOutcome::reportId, Function.identity()));
        assertThat(byId.get(first).approved()).isTrue();
        assertThat(byId.get(second).approved()).isTrue();
        assertThat(byId.get(first).report().status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(byId.get(failingChecks).reason().key()).isEqualTo("error.approve.blocked");
        assertThat(byId.get(stillInBureau).reason().key()).isEqualTo("error.action.not-now");
        assertThat(byId.get(transferred).reason().key()).isEqualTo("error.task.held-by-other");
        assertThat(List.of(failingChecks, stillInBureau, transferred))
                .allSatisfy(id -> assertThat(byId.get(id).approved()).isFalse());

        assertThat(status(first)).isEqualTo(ReportStatus.APPROVED);
        assertThat(status(second)).isEqualTo(ReportStatus.APPROVED);
        assertThat(status(failingChecks)).isEqualTo(ReportStatus.FINANCE_REVIEW);
        assertThat(status(stillInBureau)).isEqualTo(ReportStatus.BUREAU_REVIEW);
        assertThat(status(transferred)).isEqualTo(ReportStatus.FINANCE_REVIEW);

        for (long id : List.of(first, second)) {
            List<ReportHistoryEntry> approvals = as.call("finance", () -> reports.history(id)).stream()
                    .filter(e -> e.action() == ReportAction.APPROVE).toList();
            assertThat(approvals).singleElement().satisfies(e -> {
                assertThat(e.comment()).isEqualTo("同意，批量审批");
                assertThat(e.user()).isEqualTo("finance");
            });
            assertThat(auditEvents(id)).containsOnlyOnce("REPORT_APPROVE");
        }
        assertThat(auditEvents(failingChecks)).doesNotContain("REPORT_APPROVE");
    }

    @Test
    void a_report_of_another_region_is_skipped_as_not_found() {
        long id = route.atFinanceSignOff();
        String otherFinance = route.financeOfAnotherRegion();
        List<BatchOutcome> outcomes = as.call(otherFinance, () -> workflow.approveBatch(List.of(id), null));
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.approved()).isFalse();
            assertThat(o.report()).isNull();
            assertThat(o.reason().key()).isEqualTo("error.report.not-found");
        });
        assertThat(status(id)).isEqualTo(ReportStatus.FINANCE_REVIEW);
    }

    @Test
    void only_finance_signs_off_in_a_batch_and_a_batch_has_a_limit() {
        long id = route.atFinanceSignOff();
        assertThat(catchThrowable(() -> as.call("bureau", () -> workflow.approveBatch(List.of(id), null))))
                .isInstanceOf(AccessDeniedException.class);
        List<Long> tooMany = LongStream.rangeClosed(1, ReportWorkflow.MAX_BATCH + 1).boxed().toList();
        assertThat(catchThrowable(() -> as.call("finance", () -> workflow.approveBatch(tooMany, null))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(status(id)).isEqualTo(ReportStatus.FINANCE_REVIEW);
    }

    private ReportStatus status(long id) {
        return as.call("drafter", () -> reports.summary(id)).status();
    }

    private List<String> auditEvents(long id) {
        return as.call("auditor", () -> audit.recent(500)).stream().filter(r -> ("report:" + id).equals(r.object()))
                .map(AuditRecord::event).toList();
    }
}
