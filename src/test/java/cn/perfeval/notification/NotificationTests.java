package cn.perfeval.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.Formats;
import cn.perfeval.base.Messages;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.DeadlineTimers;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.tracking.Deadlines;
import cn.perfeval.tracking.RoundService;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import cn.perfeval.workflow.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

@PortalTest
class NotificationTests {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    NotificationService notifications;
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
    Messages messages;
    @Autowired
    ApplicationContext context;

    @Test
    void each_move_tells_the_users_of_the_step_it_reaches_and_nobody_else() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();

        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(of("bureau", id)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSIGNED);
            assertThat(n.step()).isEqualTo(Step.BUREAU_REVIEW);
            assertThat(n.department()).isEqualTo(TestDocuments.MEDICAL);
            assertThat(n.read()).isFalse();
            assertThat(messages.resolve(n.message(), Locale.SIMPLIFIED_CHINESE))
                    .startsWith("待办：米易县医疗保障局 ").contains("年度部门整体支出绩效自评已到“局审核”环节");
            assertThat(n.path(Role.BUREAU_REVIEWER)).isEqualTo("bureau-review/" + id);
        });
        assertThat(of("drafter", id)).isEmpty();
        assertThat(of("finance", id)).isEmpty();

        as.run("bureau", () -> workflow.pass(id, null));
        assertThat(of("finance", id)).singleElement()
                .satisfies(n -> assertThat(n.step()).isEqualTo(Step.FINANCE_SIGN_OFF));

        as.run("finance", () -> workflow.returnReport(id, "请补充佐证材料", ReturnTarget.DRAFTING));
        assertThat(of("drafter", id)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RETURNED);
            assertThat(n.step()).isEqualTo(Step.DRAFTING);
            assertThat(n.actor()).isEqualTo("finance");
            assertThat(n.comment()).isEqualTo("请补充佐证材料");
            assertThat(messages.resolve(n.message(), Locale.SIMPLIFIED_CHINESE)).contains("被 finance 退回到“填报”环节")
                    .endsWith("理由：请补充佐证材料");
        });
        assertThat(of("bureau", id)).hasSize(1);

        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        for (String user : List.of("drafter", "bureau")) {
            assertThat(of(user, id).getFirst()).satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.APPROVED);
                assertThat(n.step()).isEqualTo(Step.PUBLICATION);
                assertThat(n.path(Role.DRAFTER)).isEqualTo("publish/" + id);
            });
        }
        assertThat(of("finance", id)).extracting(NotificationInfo::kind).doesNotContain(NotificationKind.APPROVED);

        as.run("drafter", () -> workflow.publish(id));
        assertThat(of("bureau", id).getFirst()).satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.PUBLISHED);
            assertThat(n.actor()).isEqualTo("drafter");
            assertThat(n.path(Role.BUREAU_REVIEWER)).isEqualTo("reports/" + id);
        });
        assertThat(of("drafter", id)).extracting(NotificationInfo::kind).doesNotContain(NotificationKind.PUBLISHED);

        // the drafter of another department hears nothing of it, nor does the administrator
        assertThat(of("drafter2", id)).isEmpty();
        assertThat(of("admin", id)).isEmpty();
    }

    @Test
    void a_user_reads_and_marks_read_only_their_own_notifications() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        long unread = as.call("bureau", () -> notifications.unreadCount());
        assertThat(unread).isPositive();
        NotificationInfo mine = of("bureau", id).getFirst();

        assertThatThrownBy(() -> as.run("drafter", () -> notifications.markRead(mine.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as.call("bureau", () -> notifications.markRead(mine.id())).read()).isTrue();
        assertThat(as.call("bureau", () -> notifications.unreadCount())).isEqualTo(unread - 1);

        as.run("bureau", () -> notifications.markAllRead());
        assertThat(as.call("bureau", () -> notifications.unreadCount())).isZero();
        assertThat(as.call("bureau", () -> notifications.latest(NotificationService.LATEST)))
                .allMatch(NotificationInfo::read);
    }

    @Test
    void the_reminder_tells_the_steps_candidates_and_the_overdue_notice_the_administrators_too() {
        int year = TestDocuments.freshYear();
        LocalDate t = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        long medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        as.run("admin", () -> rounds.open(year, year + "年度评价", new Deadlines(t.plusDays(10), null, null, null),
                List.of(medical)));
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small(year))).id();

        moveTo(t.plusDays(7).atStartOfDay(Formats.ZONE).toInstant());
        assertThat(timers.fireDue(id)).containsExactly("draftReportReminder");
        assertThat(of("drafter", id)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
            assertThat(n.dueDate()).isEqualTo(t.plusDays(10));
            assertThat(messages.resolve(n.message(), Locale.SIMPLIFIED_CHINESE))
                    .endsWith("的“填报”环节将于 " + t.plusDays(10) + " 到期。");
        });
        assertThat(of("admin", id)).isEmpty();

        moveTo(t.plusDays(11).atStartOfDay(Formats.ZONE).toInstant());
        assertThat(timers.fireDue(id)).containsExactly("draftReportOverdue");
        for (String user : List.of("drafter", "admin")) {
            assertThat(of(user, id).getFirst()).satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.OVERDUE);
                assertThat(n.step()).isEqualTo(Step.DRAFTING);
            });
        }
        assertThat(of("admin", id).getFirst().path(Role.ADMIN)).isEqualTo("reports/" + id);
        assertThat(of("drafter2", id)).isEmpty();
        assertThat(of("bureau", id)).isEmpty();
    }

    @Test
    void a_publication_the_timer_makes_on_its_date_is_told_as_made_by_the_user_who_scheduled_it() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        as.run("drafter", () -> workflow.publish(id, clock.instant().plus(Duration.ofDays(2))));
        assertThat(of("bureau", id)).extracting(NotificationInfo::kind).doesNotContain(NotificationKind.PUBLISHED);

        timers.fire(id, "waitForPublicationDate");
        assertThat(of("bureau", id).getFirst()).satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.PUBLISHED);
            assertThat(n.actor()).isEqualTo("drafter");
        });
        assertThat(of("drafter", id)).extracting(NotificationInfo::kind).doesNotContain(NotificationKind.PUBLISHED);
    }

    @Test
    void without_a_mail_server_notifications_stay_in_the_portal() {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(of("bureau", id)).hasSize(1);
    }

    private List<NotificationInfo> of(String user, long reportId) {
        return as.call(user, () -> notifications.latest(1_000)).stream().filter(n -> Long.valueOf(reportId).equals(n.reportId()))
                .toList();
    }

    private void moveTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at).plusMinutes(1));
    }
}
