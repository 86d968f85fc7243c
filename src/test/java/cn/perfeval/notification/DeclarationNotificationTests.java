package cn.perfeval.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.Formats;
import cn.perfeval.base.Messages;
import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.declaration.Declarations;
import cn.perfeval.identity.Role;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.DeadlineTimers;
import cn.perfeval.support.MovableClock;
import cn.perfeval.support.PortalTest;
import cn.perfeval.workflow.DeclarationWorkflow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A performance target declaration's moves tell the users of the step it reaches, and a waiting
 * step past its due date (10 days by default) tells its users and the administrators, through one
 * timer per waiting declaration.
 */
@PortalTest
class DeclarationNotificationTests {

    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow route;
    @Autowired
    NotificationService notifications;
    @Autowired
    AsUser as;
    @Autowired
    Messages messages;
    @Autowired
    MovableClock clock;
    @Autowired
    DeadlineTimers timers;

    @Test
    void a_submission_is_a_task_for_the_bureau_and_a_pass_one_for_finance_each_with_its_due_date_and_link() {
        DeclarationDocument doc = Declarations.project();
        long id = as.call("drafter", () -> declarations.create(doc)).id();

        as.run("drafter", () -> route.submit(id, "请审核"));
        LocalDate due = today().plusDays(10);
        assertThat(of("bureau", id)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSIGNED);
            assertThat(n.declarationStatus()).isEqualTo(DeclarationStatus.BUREAU_REVIEW);
            assertThat(n.reportId()).isNull();
            assertThat(n.dueDate()).isEqualTo(due);
            assertThat(n.path(Role.BUREAU_REVIEWER)).isEqualTo("declarations/" + id);
            assertThat(zh(n)).isEqualTo("待办：米易县医疗保障局 2024年度项目支出绩效目标（" + doc.project().name()
                    + "）已到“局审核中”，截止日期 " + due + "。");
        });
        assertThat(of("bureau2", id)).hasSize(1);
        assertThat(of("drafter", id)).isEmpty();
        assertThat(of("finance", id)).isEmpty();

        as.run("bureau", () -> route.pass(id, null));
        assertThat(of("finance", id)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSIGNED);
            assertThat(n.declarationStatus()).isEqualTo(DeclarationStatus.FINANCE_REVIEW);
            assertThat(n.dueDate()).isEqualTo(due);
            assertThat(n.path(Role.FINANCE_REVIEWER)).isEqualTo("declarations/" + id);
        });
        assertThat(of("finance2", id)).hasSize(1);
        assertThat(of("bureau", id)).hasSize(1);
        assertThat(of("drafter", id)).isEmpty();
    }

    @Test
    void a_return_tells_the_drafters_with_the_reason_and_who_returned_it_and_an_approval_tells_the_department() {
        long id = as.call("drafter", () -> declarations.create(Declarations.project())).id();
        as.run("drafter", () -> route.submit(id, null));
        as.run("bureau", () -> route.returnDeclaration(id, "救助人次目标偏低"));

        assertThat(of("drafter", id)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RETURNED);
            assertThat(n.declarationStatus()).isEqualTo(DeclarationStatus.DRAFTING);
            assertThat(n.actor()).isEqualTo("bureau");
            assertThat(n.comment()).isEqualTo("救助人次目标偏低");
            assertThat(n.path(Role.DRAFTER)).isEqualTo("declarations/" + id);
            assertThat(zh(n)).contains("被 bureau 退回修改。理由：救助人次目标偏低");
        });
        assertThat(of("bureau", id)).hasSize(1); // the submission only: not told of its own return

        as.run("drafter", () -> route.submit(id, null));
        as.run("bureau", () -> route.pass(id, null));
        as.run("finance", () -> route.approve(id, "予以批复"));

        assertThat(of("drafter", id)).filteredOn(n -> n.kind() == NotificationKind.APPROVED).singleElement()
                .satisfies(n -> {
                    assertThat(n.declarationStatus()).isEqualTo(DeclarationStatus.APPROVED);
                    assertThat(zh(n)).contains("已由 finance 批复");
                });
        assertThat(of("bureau", id)).filteredOn(n -> n.kind() == NotificationKind.APPROVED).hasSize(1);
        assertThat(of("finance", id)).noneMatch(n -> n.kind() == NotificationKind.APPROVED);
    }

    @Test
    void an_adjustment_is_a_task_for_finance_and_its_refusal_tells_the_drafters_that_the_approved_version_stays() {
        DeclarationDocument doc = Declarations.project();
        long id = as.call("drafter", () -> declarations.create(doc)).id();
        as.run("drafter", () -> route.submit(id, null));
        as.run("bureau", () -> route.pass(id, null));
        as.run("finance", () -> route.approve(id, null));
        int before = of("finance", id).size();

        as.run("drafter", () -> declarations.requestAdjustment(id, "救助人次按新政策下调",
                Declarations.withIndicator(doc, 0, new DeclarationDocument.Indicator("产出指标", "数量指标", "救助人次",
                        "≥1000人次", new BigDecimal("20")))));
        List<NotificationInfo> finance = of("finance", id);
        assertThat(finance).hasSize(before + 1);
        assertThat(finance.getFirst().kind()).isEqualTo(NotificationKind.ASSIGNED);
        assertThat(finance.getFirst().declarationStatus()).isEqualTo(DeclarationStatus.ADJUSTMENT_REVIEW);
        assertThat(finance.getFirst().dueDate()).isEqualTo(today().plusDays(10));

        as.run("finance", () -> route.returnDeclaration(id, "下调理由不充分"));
        assertThat(of("drafter", id).getFirst()).satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RETURNED);
            assertThat(n.declarationStatus()).isEqualTo(DeclarationStatus.APPROVED);
            assertThat(zh(n)).startsWith("调整未获批复：").contains("已批复的版本继续有效。理由：下调理由不充分");
        });
    }

    @Test
    void a_waiting_declaration_has_one_timer_and_past_its_due_date_tells_its_reviewers_and_the_administrators() {
        long id = as.call("drafter", () -> declarations.create(Declarations.project())).id();
        assertThat(timers.scheduledForDeclaration(id)).isEmpty();

        as.run("drafter", () -> route.submit(id, null));
        LocalDate due = today().plusDays(10);
        Instant overdueAt = due.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        assertThat(timers.scheduledForDeclaration(id)).containsOnlyKeys("declarationBureauReviewOverdue")
                .containsValue(overdueAt);
        assertThat(timers.fireDueOfDeclaration(id)).isEmpty();

        clock.advance(Duration.between(clock.instant(), overdueAt).plusMinutes(1));
        assertThat(timers.fireDueOfDeclaration(id)).containsExactly("declarationBureauReviewOverdue");

        assertThat(of("bureau", id).getFirst()).satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.OVERDUE);
            assertThat(n.declarationStatus()).isEqualTo(DeclarationStatus.BUREAU_REVIEW);
            assertThat(n.dueDate()).isEqualTo(due);
            assertThat(zh(n)).endsWith("“局审核中”已于 " + due + " 到期，尚未办理。");
        });
        assertThat(of("admin", id)).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.OVERDUE));
        assertThat(of("drafter", id)).isEmpty();
        assertThat(timers.scheduledForDeclaration(id)).isEmpty();

        as.run("bureau", () -> route.pass(id, null));
        assertThat(timers.scheduledForDeclaration(id)).containsOnlyKeys("financeApprovalOverdue");
        assertThat(as.call("finance", () -> route.due(id))).contains(today().plusDays(10));
    }

    /** Today by the application's clock, which tests may have moved forward. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    private String zh(NotificationInfo n) {
        return messages.resolve(n.message(), Locale.SIMPLIFIED_CHINESE);
    }

    /** The user's notifications about the declaration, newest first. */
    private List<NotificationInfo> of(String user, long declarationId) {
        return as.call(user, () -> notifications.latest(1_000)).stream()
                .filter(n -> Long.valueOf(declarationId).equals(n.declarationId())).toList();
    }
}
