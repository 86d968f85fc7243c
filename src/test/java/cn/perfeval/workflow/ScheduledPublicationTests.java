package cn.perfeval.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.tracking.TrackingService;
import java.time.Duration;
import java.time.Instant;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ScheduledPublicationTests {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    TrackingService tracking;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    MovableClock clock;
    @Autowired
    AsUser as;
    @Autowired
    MockMvc mvc;

    long id;

    @BeforeEach
    void an_approved_report() {
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
    }

    @Test
    void a_publication_at_a_later_date_waits_on_the_process_timer_and_then_publishes_as_its_scheduler() {
        Instant at = clock.instant().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ReportSummary scheduled = as.call("bureau", () -> workflow.publish(id, at));
        assertThat(scheduled.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(scheduled.publicationScheduledFor()).isEqualTo(at);
        assertThat(as.call("drafter", () -> workflow.availableActions(id))).isEmpty();
        assertThat(reports.published()).extracting(ReportSummary::id).doesNotContain(id);

        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getId();
        Job timer = management.createTimerJobQuery().processInstanceId(process).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(at);
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());

        ReportSummary published = as.call("drafter", () -> reports.summary(id));
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.publicationScheduledFor()).isNull();
        assertThat(as.call("drafter", () -> reports.history(id))).extracting(ReportHistoryEntry::action)
                .endsWith(ReportAction.APPROVE, ReportAction.SCHEDULE_PUBLICATION, ReportAction.PUBLISH);
        assertThat(as.call("drafter", () -> reports.history(id)).getLast().user()).isEqualTo("bureau");
    }

    @Test
    void the_api_schedules_a_publication_with_its_date() throws Exception {
        String at = clock.instant().plus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        mvc.perform(post("/api/reports/" + id + "/publish").with(httpBasic("drafter", "Perfeval#2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"at\":\"" + at + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        assertThat(as.call("drafter", () -> reports.summary(id)).publicationScheduledFor()).hasToString(at);
    }

    @Test
    void a_publication_after_2037_which_the_engines_timer_cannot_hold_is_refused_with_400_naming_the_date()
            throws Exception {
        mvc.perform(post("/api/reports/" + id + "/publish").with(httpBasic("drafter", "Perfeval#2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"at\":\"2038-06-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("at"))
                .andExpect(jsonPath("$.errors[0].message").value("定时公开的日期不能晚于 2037-12-31。"));
        mvc.perform(post("/api/reports/" + id + "/publish").with(httpBasic("drafter", "Perfeval#2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"at\":\"2999-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest());
        ReportSummary still = as.call("drafter", () -> reports.summary(id));
        assertThat(still.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(still.publicationScheduledFor()).isNull();
        assertThat(as.call("drafter", () -> workflow.availableActions(id))).contains(ReportAction.PUBLISH);

        Instant last = java.time.LocalDate.of(2037, 12, 31).atTime(23, 59).atZone(cn.perfeval.base.Formats.ZONE)
                .toInstant();
        assertThat(as.call("drafter", () -> workflow.publish(id, last)).publicationScheduledFor()).isEqualTo(last);
    }

    @Test
    void a_date_already_past_publishes_at_once() {
        ReportSummary published = as.call("drafter", () -> workflow.publish(id, clock.instant().minusSeconds(60)));
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
    }

    @Test
    void the_admin_sees_the_days_since_approval_and_an_approved_report_left_unpublished_past_20_days() {
        assertThat(row().daysSinceApproval()).isZero();
        assertThat(row().publicationOverdue()).isFalse();
        clock.advance(Duration.ofDays(21));
        assertThat(row().daysSinceApproval()).isGreaterThanOrEqualTo(21);
        assertThat(row().publicationOverdue()).isTrue();
        as.run("drafter", () -> workflow.publish(id));
        assertThat(row().publicationOverdue()).isFalse();
    }

    private TrackingService.Row row() {
        return as.call("admin", () -> tracking.overview()).stream().filter(r -> r.report().id() == id).findFirst()
                .orElseThrow();
    }
}
