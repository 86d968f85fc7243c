package cn.perfeval.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.Formats;
import cn.perfeval.identity.Directory;
import cn.perfeval.notification.NotificationInfo;
import cn.perfeval.notification.NotificationKind;
import cn.perfeval.notification.NotificationService;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.DeadlineTimers;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundService;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Decision 0044: at most one timer job per waiting report, and each deadline notice sent once. */
@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class DeadlineTimerJobsTests {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    RoundService rounds;
    @Autowired
    Directory directory;
    @Autowired
    NotificationService notifications;
    @Autowired
    AsUser as;
    @Autowired
    MovableClock clock;
    @Autowired
    DeadlineTimers timers;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    @Test
    void a_report_with_deadlines_on_every_step_waits_with_no_timer_job_and_its_scheduled_publication_with_one() {
        int year = TestDocuments.freshYear();
        LocalDate t = today();
        round(year, new Deadlines(t.plusDays(10), t.plusDays(20), t.plusDays(30), t.plusDays(40)));
        List<String> scheduled = new ArrayList<>();
        FlowableEventListener counter = new TimersScheduled(scheduled);
        runtime.addEventListener(counter, FlowableEngineEventType.TIMER_SCHEDULED);
        try {
            long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();
            String process = process(id);
            List<Long> waiting = new ArrayList<>();
            waiting.add((long) timers.jobs(id).size());
            as.run("drafter", () -> workflow.submit(id, null));
            waiting.add((long) timers.jobs(id).size());
            as.run("bureau", () -> workflow.pass(id, null));
            waiting.add((long) timers.jobs(id).size());
            as.run("finance", () -> workflow.approve(id, null));
            waiting.add((long) timers.jobs(id).size());
            assertThat(waiting).containsExactly(0L, 0L, 0L, 0L);
            // yet every step had its notices to come
            assertThat(timers.scheduled(id)).containsOnlyKeys("publishReportReminder", "publishReportOverdue");

            Instant later = t.plusDays(5).atStartOfDay(Formats.ZONE).toInstant();
            as.run("drafter", () -> workflow.publish(id, later));
            assertThat(timers.jobs(id)).singleElement()
                    .satisfies(job -> assertThat(job.getElementId()).isEqualTo("waitForPublicationDate"));
            assertThat(scheduled).containsExactly(process);
        } finally {
            runtime.removeEventListener(counter);
        }
    }

    @Test
    void the_reminder_and_the_overdue_notice_reach_the_drafter_once_though_two_nodes_sweep_at_the_same_moment()
            throws Exception {
        int year = TestDocuments.freshYear();
        LocalDate t = today();
        round(year, new Deadlines(t.plusDays(10), null, null, null));
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();
        assertThat(sweepOnTwoNodes(id)).isEmpty();

        moveTo(t.plusDays(7).atStartOfDay(Formats.ZONE).toInstant());
        assertThat(sweepOnTwoNodes(id)).containsExactly("draftReportReminder");
        assertThat(sweepOnTwoNodes(id)).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(sweepOnTwoNodes(id)).isEmpty();

        moveTo(t.plusDays(11).atStartOfDay(Formats.ZONE).toInstant());
        assertThat(sweepOnTwoNodes(id)).containsExactly("draftReportOverdue");
        clock.advance(Duration.ofDays(3));
        assertThat(sweepOnTwoNodes(id)).isEmpty();

        assertThat(of("drafter", id)).extracting(NotificationInfo::kind)
                .containsExactly(NotificationKind.OVERDUE, NotificationKind.REMINDER);
        assertThat(timers.scheduled(id)).isEmpty();
    }

    @Test
    void a_report_started_on_the_route_with_two_timers_per_task_keeps_them_and_is_reminded_once() throws Exception {
        int year = TestDocuments.freshYear();
        LocalDate t = today();
        round(year, new Deadlines(t.plusDays(10), null, null, null));
        long id;
        deploy("legacy/report-route-with-boundary-timers.bpmn20.xml");
        try {
            id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();
        } finally {
            deploy("processes/report-route.bpmn20.xml");
        }
        assertThat(timers.jobs(id)).extracting(j -> j.getElementId())
                .containsExactlyInAnyOrder("draftReportReminder", "draftReportOverdue");

        moveTo(t.plusDays(7).atStartOfDay(Formats.ZONE).toInstant());
        assertThat(timers.fireDue(id)).containsExactly("draftReportReminder");
        assertThat(timers.fireDue(id)).isEmpty();
        assertThat(sweep.sendDue(id)).isEmpty();
        assertThat(of("drafter", id)).extracting(NotificationInfo::kind).containsExactly(NotificationKind.REMINDER);

        // the next step, on the same old version, gets the old version's timers
        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(timers.jobs(id)).extracting(j -> j.getElementId())
                .containsExactlyInAnyOrder("bureauReviewReminder", "bureauReviewOverdue");
    }

    private List<String> sweepOnTwoNodes(long reportId) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<List<String>> node = () -> sweep.sendDue(reportId);
            List<Future<List<String>>> results = nodes.invokeAll(List.of(node, node));
            List<String> sent = new ArrayList<>();
            for (Future<List<String>> result : results) {
                sent.addAll(result.get());
            }
            return sent;
        } finally {
            nodes.shutdown();
        }
    }

    private void deploy(String resource) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            repository.createDeployment().name(resource).addInputStream("report-route.bpmn20.xml", in).deploy();
        }
    }

    private String process(long reportId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(reportId))
                .singleResult().getId();
    }

    private void round(int year, Deadlines deadlines) {
        long medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        as.run("admin", () -> rounds.open(year, year + "年度部门整体支出绩效自评", deadlines, List.of(medical)));
    }

    private List<NotificationInfo> of(String user, long reportId) {
        return as.call(user, () -> notifications.latest(1_000)).stream().filter(n -> n.reportId() != null && n.reportId() == reportId)
                .filter(n -> n.kind() == NotificationKind.REMINDER || n.kind() == NotificationKind.OVERDUE)
                .toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private void moveTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at).plusMinutes(1));
    }

    /** Notes the process instance of every timer the engine schedules. */
    private record TimersScheduled(List<String> processes) implements FlowableEventListener {

        @Override
        public void onEvent(FlowableEvent event) {
            if (event instanceof FlowableEngineEvent e) {
                processes.add(e.getProcessInstanceId());
            }
        }

        @Override
        public boolean isFailOnException() {
            return true;
        }

        @Override
        public boolean isFireOnTransactionLifecycleEvent() {
            return false;
        }

        @Override
        public String getOnTransaction() {
            return null;
        }
    }
}
