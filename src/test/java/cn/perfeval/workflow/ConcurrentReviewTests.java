package cn.perfeval.workflow;

import cn.perfeval.support.TestDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two bureau reviewers act on the same review at the same moment, 200 times, through the services
 * with real transactions: exactly one of them succeeds each time, the other is refused with a
 * clear reason, and the process and the report row agree afterwards.
 */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ConcurrentReviewTests {

    private static final int TRIALS = 200;

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    RouteReports route;

    @Test
    void of_two_reviewers_acting_on_the_same_task_at_once_exactly_one_succeeds() throws Exception {
        long id = route.inBureauReview();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int lines = historySize(id);
        try {
            for (int trial = 0; trial < TRIALS; trial++) {
                boolean bothPass = trial % 2 == 0;
                CountDownLatch start = new CountDownLatch(1);
                Future<Object> first = threads.submit(() -> attempt(start, "bureau",
                        () -> workflow.pass(id, "同意")));
                Future<Object> second = threads.submit(() -> attempt(start, "bureau2", bothPass
                        ? () -> workflow.pass(id, "同意")
                        : () -> workflow.returnReport(id, "请修改", ReturnTarget.DRAFTING)));
                start.countDown();
                List<Object> results = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

                List<ReportSummary> successes = new ArrayList<>();
                List<Object> refusals = new ArrayList<>();
                for (Object r : results) {
                    if (r instanceof ReportSummary s) {
                        successes.add(s);
                    } else {
                        refusals.add(r);
                    }
                }
                assertThat(successes).as("trial %d", trial).hasSize(1);
                assertThat(refusals).as("trial %d", trial).singleElement()
                        .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.localized().key())
                                .isIn("error.action.concurrent", "error.action.not-now"));

                ReportStatus status = as.call("drafter", () -> reports.summary(id)).status();
                ReportStatus processSays = as.call("drafter", () -> workflow.holder(id)).orElseThrow().step().status();
                assertThat(status).as("trial %d", trial).isEqualTo(processSays)
                        .isEqualTo(successes.getFirst().status());
                assertThat(historySize(id)).as("trial %d", trial).isEqualTo(lines + 1);

                if (status == ReportStatus.FINANCE_REVIEW) {
                    as.run("finance", () -> workflow.returnReport(id, "请局里复核", ReturnTarget.BUREAU_REVIEW));
                } else {
                    as.run("drafter", () -> workflow.submit(id, null));
                }
                lines += 2;
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private Object attempt(CountDownLatch start, String user, Supplier<ReportSummary> action) {
        try {
            start.await();
            return as.call(user, action);
        } catch (RuntimeException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private int historySize(long id) {
        return as.call("drafter", () -> reports.history(id)).size();
    }
}
