package cn.perfeval.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.audit.AuditLog;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.Formats;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.identity.Directory;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.DeadlineTimers;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundInfo;
import cn.perfeval.tracking.RoundService;
import cn.perfeval.workflow.DeadlineEvents.TaskOverdue;
import cn.perfeval.workflow.DeadlineEvents.TaskReminderDue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest(properties = TestDocuments.SECOND_DATABASE)
@RecordApplicationEvents
class DeadlinesTests {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    RoundService rounds;
    @Autowired
    Directory directory;
    @Autowired
    AsUser as;
    @Autowired
    MovableClock clock;
    @Autowired
    DeadlineTimers timers;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    AuditLog audit;

    @Test
    void each_open_task_carries_the_due_date_of_its_step_on_the_workbench_and_in_the_api() throws Exception {
        int year = TestDocuments.freshYear();
        LocalDate t = today();
        round(year, new Deadlines(t.plusDays(10), t.plusDays(20), t.plusDays(30), t.plusDays(40)));
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();

        assertThat(due("drafter", id)).isEqualTo(t.plusDays(10));
        mvc.perform(get("/api/reports?year=" + year).with(httpBasic("drafter", "Perfeval#2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].dueDate").value(t.plusDays(10).toString()));

        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(due("bureau", id)).isEqualTo(t.plusDays(20));
        as.run("bureau", () -> workflow.pass(id, null));
        assertThat(due("finance", id)).isEqualTo(t.plusDays(30));
        as.run("finance", () -> workflow.approve(id, null));
        assertThat(due("drafter", id)).isEqualTo(t.plusDays(40));
        assertThat(as.call("admin", () -> workflow.openSteps(List.of(id))).get(id).due()).isEqualTo(t.plusDays(40));
    }

    @Test
    void a_report_of_a_year_without_a_round_has_no_due_date_and_nobody_is_ever_told_of_one() throws Exception {
        int year = TestDocuments.freshYear();
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();

        assertThat(due("drafter", id)).isNull();
        mvc.perform(get("/api/reports?year=" + year).with(httpBasic("drafter", "Perfeval#2026")))
                .andExpect(jsonPath("$[0].dueDate").value(org.hamcrest.Matchers.nullValue()));
        assertThat(timers.scheduled(id)).isEmpty();
        assertThat(timers.jobs(id)).isEmpty();
        clock.advance(Duration.ofDays(15));
        assertThat(timers.fireDue(id)).isEmpty();
        assertThat(events.stream(TaskOverdue.class)).noneMatch(e -> e.reportId() == id);
        assertThat(events.stream(TaskReminderDue.class)).noneMatch(e -> e.reportId() == id);
    }

    @Test
    void the_reminder_comes_three_days_before_the_due_date_and_the_overdue_notice_the_day_after_it() {
        int year = TestDocuments.freshYear();
        LocalDate t = today();
        round(year, new Deadlines(t.plusDays(10), t.plusDays(20), null, null));
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();
        Instant reminder = t.plusDays(7).atStartOfDay(Formats.ZONE).toInstant();
        Instant overdue = t.plusDays(11).atStartOfDay(Formats.ZONE).toInstant();
        assertThat(timers.scheduled(id)).containsEntry("draftReportReminder", reminder)
                .containsEntry("draftReportOverdue", overdue);
        assertThat(timers.fireDue(id)).isEmpty();

        moveTo(reminder);
        assertThat(timers.fireDue(id)).containsExactly("draftReportReminder");
        assertThat(events.stream(TaskReminderDue.class).filter(e -> e.reportId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.step()).isEqualTo(Step.DRAFTING);
                    assertThat(e.dueDate()).isEqualTo(t.plusDays(10));
                    assertThat(e.departmentId()).isEqualTo(medical());
                    assertThat(e.year()).isEqualTo(year);
                });
        assertThat(events.stream(TaskOverdue.class)).noneMatch(e -> e.reportId() == id);

        moveTo(overdue);
        assertThat(timers.fireDue(id)).containsExactly("draftReportOverdue");
        assertThat(events.stream(TaskOverdue.class).filter(e -> e.reportId() == id)).singleElement()
                .satisfies(e -> assertThat(e.dueDate()).isEqualTo(t.plusDays(10)));

        // the next step has timers of its own, on its own due date; finance sign-off has none
        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(timers.scheduled(id)).containsOnlyKeys("bureauReviewReminder", "bureauReviewOverdue")
                .containsEntry("bureauReviewOverdue", t.plusDays(21).atStartOfDay(Formats.ZONE).toInstant());
        as.run("bureau", () -> workflow.pass(id, null));
        assertThat(timers.scheduled(id)).isEmpty();
    }

    @Test
    void changed_deadlines_move_the_open_tasks_and_their_timers_and_are_audited() {
        int year = TestDocuments.freshYear();
        LocalDate t = today();
        RoundInfo round = round(year, new Deadlines(t.plusDays(10), t.plusDays(20), null, null));
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();

        as.run("admin", () -> rounds.setDeadlines(round.id(),
                new Deadlines(t.plusDays(15), t.plusDays(20), t.plusDays(25), null)));
        assertThat(due("drafter", id)).isEqualTo(t.plusDays(15));
        assertThat(timers.scheduled(id))
                .containsEntry("draftReportReminder", t.plusDays(12).atStartOfDay(Formats.ZONE).toInstant())
                .containsEntry("draftReportOverdue", t.plusDays(16).atStartOfDay(Formats.ZONE).toInstant());
        List<AuditRecord> log = as.call("auditor", () -> audit.recent(30));
        assertThat(log).anyMatch(r -> r.event().equals("ROUND_DEADLINES") && "admin".equals(r.user())
                && r.object().equals("round:" + year) && r.detail().contains("submission " + t.plusDays(15)));

        // a closed round sets no more due dates
        as.run("admin", () -> rounds.close(round.id()));
        assertThat(due("drafter", id)).isNull();
        assertThat(timers.scheduled(id)).isEmpty();
    }

    @Test
    void a_round_opened_after_a_report_gives_its_open_task_the_due_date() {
        int year = TestDocuments.freshYear();
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();
        assertThat(due("drafter", id)).isNull();
        LocalDate t = today();
        round(year, new Deadlines(t.plusDays(5), null, null, null));
        assertThat(due("drafter", id)).isEqualTo(t.plusDays(5));
        assertThat(timers.scheduled(id))
                .containsEntry("draftReportReminder", t.plusDays(2).atStartOfDay(Formats.ZONE).toInstant());
    }

    @Test
    void deadlines_out_of_order_or_in_the_past_are_refused_and_a_date_already_passed_may_stay() {
        int year = TestDocuments.freshYear();
        LocalDate t = today();
        assertThatThrownBy(() -> round(year, new Deadlines(t.plusDays(10), t.plusDays(5), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("bureauReviewDeadline"));
        assertThatThrownBy(() -> round(year, new Deadlines(t.minusDays(1), t.plusDays(5), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("deadline"));

        RoundInfo round = round(year, new Deadlines(t.plusDays(1), t.plusDays(5), null, null));
        clock.advance(Duration.ofDays(2));
        as.run("admin", () -> rounds.setDeadlines(round.id(), new Deadlines(t.plusDays(1), t.plusDays(5), null,
                t.plusDays(30))));
        assertThatThrownBy(() -> as.run("admin", () -> rounds.setDeadlines(round.id(),
                new Deadlines(t, t.plusDays(5), null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("deadline"));
    }

    private RoundInfo round(int year, Deadlines deadlines) {
        return as.call("admin", () -> rounds.open(year, year + "年度部门整体支出绩效自评", deadlines, List.of(medical())));
    }

    private long medical() {
        return directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
    }

    private LocalDate due(String user, long reportId) {
        return as.call(user, () -> workflow.myTasks()).stream().filter(t -> t.report().id() == reportId)
                .findFirst().orElseThrow().due();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private void moveTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at).plusMinutes(1));
    }
}
