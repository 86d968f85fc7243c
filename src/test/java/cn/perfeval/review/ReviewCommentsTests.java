package cn.perfeval.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.audit.AuditLog;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.IdentityAdministration;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.ReturnTarget;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@PortalTest
class ReviewCommentsTests {

    @Autowired
    ReviewComments comments;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AsUser as;
    @Autowired
    AuditLog audit;
    @Autowired
    IdentityAdministration identity;
    @Autowired
    Directory directory;

    long id;

    @BeforeEach
    void a_report_in_bureau_review() {
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
    }

    @Test
    void a_reviewers_pin_on_an_income_row_reaches_the_drafter_who_answers_and_resolves_it() {
        ReviewComment pin = as.call("bureau",
                () -> comments.pin(id, "21013 医疗救助的财政拨款请核对", PinAnchor.row("income", "21013")));
        assertThat(pin.pin()).isEqualTo(new PinAnchor("income", "21013", null));
        assertThat(pin.round()).isEqualTo(1);
        as.run("bureau", () -> workflow.returnReport(id, "见批注", ReturnTarget.DRAFTING));

        List<ReviewComment> open = as.call("drafter", () -> comments.openPins(id));
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(pin.id());
            assertThat(c.author()).isEqualTo("bureau");
            assertThat(c.authorRole()).isEqualTo(Role.BUREAU_REVIEWER);
            assertThat(c.text()).isEqualTo("21013 医疗救助的财政拨款请核对");
            assertThat(c.mayResolve()).isTrue();
        });

        as.run("drafter", () -> comments.answer(id, pin.id(), "已核对，与批复一致"));
        ReviewComment resolved = as.call("drafter", () -> comments.resolve(id, pin.id()));
        assertThat(resolved.resolvedBy()).isEqualTo("drafter");
        assertThat(resolved.resolvedAt()).isNotNull();

        assertThat(as.call("drafter", () -> comments.openPins(id))).isEmpty();
        CommentThread thread = as.call("bureau", () -> comments.thread(id));
        assertThat(thread.comments()).singleElement().satisfies(c -> {
            assertThat(c.open()).isFalse();
            assertThat(c.answers()).extracting(ReviewComment::author, ReviewComment::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("drafter", "已核对，与批复一致"));
        });
    }

    @Test
    void a_pin_by_a_drafter_is_refused() {
        assertThatThrownBy(() -> as.run("drafter", () -> comments.pin(id, "自己钉一条", PinAnchor.part("basic"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.call("drafter", () -> comments.thread(id)).comments()).isEmpty();
    }

    @Test
    void a_reviewer_pins_only_while_the_report_is_at_its_step() {
        assertThatThrownBy(() -> as.run("finance", () -> comments.pin(id, "尚未到财政", PinAnchor.part("totals"))))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.review.pin-not-at-step"));
        as.run("bureau", () -> workflow.pass(id, null));
        assertThatThrownBy(() -> as.run("bureau", () -> comments.pin(id, "已送财政", PinAnchor.part("totals"))))
                .isInstanceOf(ActionRefusedException.class);

        as.run("finance", () -> comments.pin(id, "合计请复核", new PinAnchor("totals", null, "expenditure")));
        assertThat(as.call("finance", () -> comments.openPins(id))).extracting(ReviewComment::pin)
                .containsExactly(new PinAnchor("totals", null, "expenditure"));
    }

    @Test
    void a_pin_on_an_unknown_part_or_without_text_is_refused_naming_the_fields() {
        assertThatThrownBy(() -> as.run("bureau", () -> comments.pin(id, " ", PinAnchor.part("appendix"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("text", "pin.part"));
    }

    @Test
    void another_departments_drafter_and_another_regions_finance_cannot_read_or_comment() {
        ReviewComment pin = as.call("bureau", () -> comments.pin(id, "保密批注", PinAnchor.part("basic")));
        String otherFinance = financeOfAnotherRegion();
        for (String outsider : List.of("drafter2", otherFinance)) {
            assertThatThrownBy(() -> as.run(outsider, () -> comments.thread(id)))
                    .as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as.run(outsider, () -> comments.comment(id, "越权")))
                    .as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as.run(outsider, () -> comments.answer(id, pin.id(), "越权")))
                    .as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as.run(outsider, () -> comments.resolve(id, pin.id())))
                    .as(outsider).isInstanceOf(NotFoundException.class);
        }
        assertThat(as.call("bureau", () -> comments.thread(id)).comments()).singleElement()
                .satisfies(c -> assertThat(c.answers()).isEmpty());
    }

    @Test
    void a_comment_is_changed_by_its_author_while_its_round_is_open_and_never_after() {
        ReviewComment c = as.call("bureau", () -> comments.comment(id, "职能描述不完整"));
        assertThatThrownBy(() -> as.run("finance", () -> comments.edit(id, c.id(), "改别人的")))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.review.not-author"));
        ReviewComment edited = as.call("bureau", () -> comments.edit(id, c.id(), "职能描述不完整，请补充第（3）项"));
        assertThat(edited.text()).isEqualTo("职能描述不完整，请补充第（3）项");
        assertThat(edited.editedAt()).isNotNull();

        as.run("bureau", () -> workflow.returnReport(id, "见意见", ReturnTarget.DRAFTING));
        ReviewComment answer = as.call("drafter", () -> comments.answer(id, c.id(), "已补充"));
        as.run("drafter", () -> comments.edit(id, answer.id(), "已补充第（3）项"));
        as.run("drafter", () -> workflow.submit(id, "已按意见修改"));
        assertThat(as.call("bureau", () -> comments.thread(id)).round()).isEqualTo(2);

        assertThatThrownBy(() -> as.run("bureau", () -> comments.edit(id, c.id(), "再改一次")))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.review.round-closed"));
        assertThatThrownBy(() -> as.run("drafter", () -> comments.edit(id, answer.id(), "再改一次")))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.review.round-closed"));
        CommentThread thread = as.call("bureau", () -> comments.thread(id));
        assertThat(thread.comments()).singleElement().satisfies(first -> {
            assertThat(first.text()).isEqualTo("职能描述不完整，请补充第（3）项");
            assertThat(first.mayEdit()).isFalse();
            assertThat(first.answers()).extracting(ReviewComment::text).containsExactly("已补充第（3）项");
        });

        ReviewComment second = as.call("bureau", () -> comments.comment(id, "第二轮意见"));
        assertThat(second.round()).isEqualTo(2);
        assertThat(as.call("bureau", () -> comments.thread(id)).comments()).extracting(ReviewComment::round)
                .containsExactly(2, 1);
    }

    @Test
    void only_the_drafter_or_the_pins_author_resolves_it() {
        ReviewComment pin = as.call("bureau", () -> comments.pin(id, "请附佐证", PinAnchor.part("texts")));
        as.run("bureau", () -> workflow.pass(id, null));
        assertThatThrownBy(() -> as.run("finance", () -> comments.resolve(id, pin.id())))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.review.resolve-not-allowed"));
        as.run("bureau", () -> comments.resolve(id, pin.id()));
        as.run("drafter", () -> comments.reopen(id, pin.id()));
        assertThat(as.call("finance", () -> comments.openPins(id))).extracting(ReviewComment::id)
                .containsExactly(pin.id());
    }

    @Test
    void the_thread_is_closed_once_the_report_is_approved() {
        as.run("bureau", () -> workflow.pass(id, null));
        ReviewComment pin = as.call("finance", () -> comments.pin(id, "执行率偏低", PinAnchor.part("budget")));
        as.run("finance", () -> workflow.approve(id, null));
        assertThatThrownBy(() -> as.run("drafter", () -> comments.resolve(id, pin.id())))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.localized().key()).isEqualTo("error.review.closed"));
        assertThatThrownBy(() -> as.run("finance", () -> comments.comment(id, "补一句")))
                .isInstanceOf(ActionRefusedException.class);
        CommentThread thread = as.call("drafter", () -> comments.thread(id));
        assertThat(thread.mayComment()).isFalse();
        assertThat(thread.comments()).singleElement().satisfies(c -> assertThat(c.mayResolve()).isFalse());
    }

    @Test
    void comments_pins_answers_and_resolutions_are_written_to_the_audit_log() {
        ReviewComment pin = as.call("bureau", () -> comments.pin(id, "请核对", PinAnchor.row("income", "21013")));
        as.run("drafter", () -> comments.answer(id, pin.id(), "已核对"));
        as.run("drafter", () -> comments.comment(id, "另有说明"));
        as.run("drafter", () -> comments.resolve(id, pin.id()));
        as.run("bureau", () -> comments.reopen(id, pin.id()));

        List<AuditRecord> mine = as.call("auditor", () -> audit.recent(200)).stream()
                .filter(r -> ("report:" + id).equals(r.object()) && !r.event().startsWith("REPORT_"))
                .sorted(java.util.Comparator.comparing(AuditRecord::seq)).toList();
        assertThat(mine).extracting(AuditRecord::event, AuditRecord::user).containsExactly(
                org.assertj.core.groups.Tuple.tuple("COMMENT_PIN", "bureau"),
                org.assertj.core.groups.Tuple.tuple("COMMENT_ANSWER", "drafter"),
                org.assertj.core.groups.Tuple.tuple("COMMENT_ADD", "drafter"),
                org.assertj.core.groups.Tuple.tuple("PIN_RESOLVE", "drafter"),
                org.assertj.core.groups.Tuple.tuple("PIN_REOPEN", "bureau"));
        assertThat(mine.getFirst().detail()).contains("comment " + pin.id()).contains("round 1")
                .contains("income/21013");
    }

    private String financeOfAnotherRegion() {
        if (directory.departmentNamed("仁和区医疗保障局").isEmpty()) {
            as.run("admin", () -> {
                long region = identity.createRegion("仁和区");
                identity.createDepartment(region, "仁和区医疗保障局", "行政单位");
                identity.createUser("finance-renhe", "仁和区财政审核", "Perfeval#2026", Role.FINANCE_REVIEWER, null,
                        region);
            });
        }
        return "finance-renhe";
    }
}
