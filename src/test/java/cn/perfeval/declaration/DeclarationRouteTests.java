package cn.perfeval.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.audit.AuditLog;
import cn.perfeval.audit.AuditRecord;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.checks.ApprovedTargets;
import cn.perfeval.checks.core.DeclaredTargets;
import cn.perfeval.declaration.DeclarationDocument.Indicator;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.IdentityAdministration;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportKind;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.workflow.DeclarationWorkflow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The route of a performance target declaration through the services: drafting, bureau review,
 * finance approval, returns, withdrawal, the lock, adjustments, checks, scoping and audit.
 */
@PortalTest
class DeclarationRouteTests {

    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow workflow;
    @Autowired
    ApprovedTargets approvedTargets;
    @Autowired
    AsUser as;
    @Autowired
    AuditLog audit;
    @Autowired
    IdentityAdministration identity;
    @Autowired
    Directory directory;

    DeclarationDocument doc;
    long id;

    @BeforeEach
    void a_drafter_declares_a_projects_targets() {
        if (directory.departmentNamed("盐边县医疗保障局").isEmpty()) {
            as.run("admin", () -> {
                long region = identity.createRegion("盐边县");
                identity.createDepartment(region, "盐边县医疗保障局", "行政单位");
                identity.createUser("finance-yanbian", "盐边县财政审核", TestAccounts.PASSWORD, Role.FINANCE_REVIEWER,
                        null, region);
            });
        }
        doc = Declarations.project();
        id = as.call("drafter", () -> declarations.create(doc)).id();
    }

    @Test
    void aDeclarationTravelsFromDraftingThroughBureauReviewToFinanceApprovalAndIsThenLocked() {
        assertThat(status()).isEqualTo(DeclarationStatus.DRAFTING);
        assertThat(as.call("drafter", () -> workflow.submit(id, "请审核")).status())
                .isEqualTo(DeclarationStatus.BUREAU_REVIEW);
        assertThat(as.call("bureau", () -> workflow.pass(id, "同意")).status())
                .isEqualTo(DeclarationStatus.FINANCE_REVIEW);
        DeclarationSummary approved = as.call("finance", () -> workflow.approve(id, "予以批复"));
        assertThat(approved.status()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(approved.versionInForce()).isEqualTo(1);

        DeclarationDocument changed = Declarations.withIndicator(doc, 0,
                new Indicator("产出指标", "数量指标", "救助人次", "≥1000人次", new BigDecimal("20")));
        assertThat(refusal(() -> as.run("drafter", () -> declarations.update(id, changed))))
                .isInstanceOf(ActionRefusedException.class)
                .extracting(e -> ((PerfevalException) e).localized().key()).isEqualTo("error.declaration.locked");
        assertThat(refusal(() -> as.run("drafter", () -> workflow.submit(id, null))))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(as.call("drafter", () -> declarations.details(id)).document().indicators().getFirst().target())
                .isEqualTo("≥1200人次");

        List<DeclarationHistoryEntry> history = as.call("drafter", () -> declarations.history(id));
        assertThat(history).extracting(DeclarationHistoryEntry::action).containsExactly(DeclarationAction.CREATE,
                DeclarationAction.SUBMIT, DeclarationAction.PASS, DeclarationAction.APPROVE);
        assertThat(history).extracting(DeclarationHistoryEntry::user)
                .containsExactly("drafter", "drafter", "bureau", "finance");
        assertThat(history.get(3).comment()).isEqualTo("予以批复");
        assertThat(auditEvents()).containsExactly("DECLARATION_CREATE", "DECLARATION_SUBMIT", "DECLARATION_PASS",
                "DECLARATION_APPROVE");
        assertThat(auditDetails()).anyMatch(d -> d.contains("FINANCE_REVIEW -> APPROVED: 予以批复"));
    }

    @Test
    void aReturnWithoutAReasonIsRefusedAndAReturnedDeclarationCanBeEditedAndSubmittedAgain() {
        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(refusal(() -> as.run("bureau", () -> workflow.returnDeclaration(id, "  "))))
                .isInstanceOf(ActionRefusedException.class)
                .extracting(e -> ((PerfevalException) e).localized().key()).isEqualTo("error.return.reason-required");
        assertThat(status()).isEqualTo(DeclarationStatus.BUREAU_REVIEW);

        assertThat(as.call("bureau", () -> workflow.returnDeclaration(id, "救助人次目标偏低")).status())
                .isEqualTo(DeclarationStatus.DRAFTING);
        DeclarationDocument raised = Declarations.withIndicator(doc, 0,
                new Indicator("产出指标", "数量指标", "救助人次", "≥1500人次", new BigDecimal("20")));
        as.run("drafter", () -> declarations.update(id, raised));
        as.run("drafter", () -> workflow.submit(id, "已调高"));
        as.run("bureau", () -> workflow.pass(id, null));
        assertThat(as.call("finance", () -> workflow.returnDeclaration(id, "资金来源需细化")).status())
                .isEqualTo(DeclarationStatus.DRAFTING);

        DeclarationDetails details = as.call("drafter", () -> declarations.details(id));
        assertThat(details.document().indicators().getFirst().target()).isEqualTo("≥1500人次");
        assertThat(details.versions()).singleElement().extracting(DeclarationVersionInfo::state)
                .isEqualTo(VersionState.DRAFT);
        assertThat(as.call("drafter", () -> declarations.history(id))).extracting(DeclarationHistoryEntry::comment)
                .contains("救助人次目标偏低", "资金来源需细化");
        assertThat(auditEvents()).containsSubsequence("DECLARATION_RETURN", "DECLARATION_SAVE", "DECLARATION_SUBMIT",
                "DECLARATION_PASS", "DECLARATION_RETURN");
    }

    @Test
    void theDrafterWithdrawsBeforeTheBureauActsButNotAfter() {
        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(as.call("drafter", () -> workflow.withdraw(id, "漏填指标")).status())
                .isEqualTo(DeclarationStatus.DRAFTING);
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        assertThat(refusal(() -> as.run("drafter", () -> workflow.withdraw(id, null))))
                .isInstanceOf(ActionRefusedException.class)
                .extracting(e -> ((PerfevalException) e).localized().key()).isEqualTo("error.declaration.not-now");
        assertThat(status()).isEqualTo(DeclarationStatus.FINANCE_REVIEW);
        assertThat(auditEvents()).contains("DECLARATION_WITHDRAW");
    }

    @Test
    void eachRoleActsOnlyOnItsOwnStep() {
        assertThat(refusal(() -> as.run("bureau", () -> workflow.submit(id, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> as.run("bureau", () -> workflow.pass(id, null))))
                .isInstanceOf(ActionRefusedException.class);
        as.run("drafter", () -> workflow.submit(id, null));
        assertThat(refusal(() -> as.run("finance", () -> workflow.approve(id, null))))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(refusal(() -> as.run("drafter", () -> workflow.approve(id, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> as.run("finance", () -> workflow.pass(id, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> as.run("admin", () -> workflow.pass(id, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> as.run("drafter", () -> declarations.update(id, doc))))
                .isInstanceOf(ActionRefusedException.class)
                .extracting(e -> ((PerfevalException) e).localized().key()).isEqualTo("error.declaration.not-editable");
        assertThat(status()).isEqualTo(DeclarationStatus.BUREAU_REVIEW);
    }

    @Test
    void anAdjustmentApprovedByFinanceBecomesTheVersionInForceAndTheEarlierOneIsKept() {
        approve();
        DeclarationDocument adjusted = Declarations.withIndicator(doc, 0,
                new Indicator("产出指标", "数量指标", "救助人次", "≥1000人次", new BigDecimal("20")));
        DeclarationSummary asked = as.call("drafter",
                () -> declarations.requestAdjustment(id, "救助政策调整，对象减少", adjusted));
        assertThat(asked.status()).isEqualTo(DeclarationStatus.ADJUSTMENT_REVIEW);
        assertThat(asked.version()).isEqualTo(2);
        assertThat(asked.versionInForce()).isEqualTo(1);
        assertThat(inForce().orElseThrow().version()).isEqualTo(1);

        assertThat(refusal(() -> as.run("bureau", () -> workflow.pass(id, null))))
                .isInstanceOf(ActionRefusedException.class);
        DeclarationSummary approved = as.call("finance", () -> workflow.approve(id, "同意调整"));
        assertThat(approved.status()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(approved.versionInForce()).isEqualTo(2);

        DeclaredTargets targets = inForce().orElseThrow();
        assertThat(targets.version()).isEqualTo(2);
        assertThat(targets.declarationId()).isEqualTo(id);
        assertThat(targets.indicators().getFirst().target()).isEqualTo("≥1000人次");
        DeclarationDetails details = as.call("drafter", () -> declarations.details(id));
        assertThat(details.versions()).extracting(DeclarationVersionInfo::state)
                .containsExactly(VersionState.SUPERSEDED, VersionState.APPROVED);
        assertThat(details.versions().get(1).reason()).isEqualTo("救助政策调整，对象减少");
        assertThat(details.versions().get(1).approvedBy()).isEqualTo("finance");
        assertThat(as.call("drafter", () -> declarations.versionDocument(id, 1)).indicators().getFirst().target())
                .isEqualTo("≥1200人次");
        assertThat(auditEvents()).endsWith("DECLARATION_ADJUST", "DECLARATION_APPROVE");
    }

    @Test
    void anAdjustmentReturnedByFinanceIsRefusedAndTheApprovedVersionStaysInForce() {
        approve();
        DeclarationDocument adjusted = Declarations.withIndicator(doc, 1,
                new Indicator("产出指标", "质量指标", "资金拨付准确率", "≥90%", new BigDecimal("15")));
        as.run("drafter", () -> declarations.requestAdjustment(id, "拨付系统升级", adjusted));
        assertThat(refusal(() -> as.run("drafter", () -> declarations.requestAdjustment(id, "再次调整", adjusted))))
                .isInstanceOf(ActionRefusedException.class)
                .extracting(e -> ((PerfevalException) e).localized().key())
                .isEqualTo("error.declaration.adjustment-pending");
        assertThat(refusal(() -> as.run("finance", () -> workflow.returnDeclaration(id, null))))
                .isInstanceOf(ActionRefusedException.class);

        DeclarationSummary refused = as.call("finance", () -> workflow.returnDeclaration(id, "理由不充分"));
        assertThat(refused.status()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(refused.versionInForce()).isEqualTo(1);
        DeclaredTargets targets = inForce().orElseThrow();
        assertThat(targets.version()).isEqualTo(1);
        assertThat(targets.indicators().get(1).target()).isEqualTo("100%");
        assertThat(as.call("drafter", () -> declarations.details(id)).versions())
                .extracting(DeclarationVersionInfo::state).containsExactly(VersionState.APPROVED, VersionState.REFUSED);
        assertThat(as.call("drafter", () -> declarations.requestAdjustment(id, "补充说明后再次申请", adjusted)).version())
                .isEqualTo(3);
    }

    @Test
    void anAdjustmentNeedsAReasonAnApprovedDeclarationAndADrafter() {
        DeclarationDocument adjusted = Declarations.withIndicator(doc, 0,
                new Indicator("产出指标", "数量指标", "救助人次", "≥1000人次", new BigDecimal("20")));
        assertThat(refusal(() -> as.run("drafter", () -> declarations.requestAdjustment(id, "调整", adjusted))))
                .isInstanceOf(ActionRefusedException.class)
                .extracting(e -> ((PerfevalException) e).localized().key()).isEqualTo("error.declaration.not-approved");
        approve();
        assertThat(refusal(() -> as.run("drafter", () -> declarations.requestAdjustment(id, " ", adjusted))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("reason"));
        assertThat(refusal(() -> as.run("bureau", () -> declarations.requestAdjustment(id, "调整", adjusted))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(inForce().orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void noApprovedTargetsExistBeforeFinanceApproves() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        assertThat(inForce()).isEmpty();
        assertThat(approvedTargets.approved(departmentId(), 2024, ReportKind.TRANSFER_PAYMENT, doc.projectName()))
                .isEmpty();
    }

    @Test
    void aDeclarationWithAnErrorIsRefusedAtSubmissionAndCorrectedItPasses() {
        DeclarationDocument ninety = Declarations.withIndicator(doc, 4,
                new Indicator("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", new BigDecimal("10")));
        as.run("drafter", () -> declarations.update(id, ninety));
        assertThat(rules()).contains("declaration.weights.total");
        assertThat(refusal(() -> as.run("drafter", () -> workflow.submit(id, null))))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> {
                    assertThat(e.localized().key()).isEqualTo("error.declaration.blocked");
                    assertThat(e.problems()).extracting(FieldProblem::field).contains("indicators");
                });
        assertThat(status()).isEqualTo(DeclarationStatus.DRAFTING);
        as.run("drafter", () -> declarations.update(id, doc));
        assertThat(rules()).isEmpty();
        assertThat(as.call("drafter", () -> workflow.submit(id, null)).status())
                .isEqualTo(DeclarationStatus.BUREAU_REVIEW);
    }

    @Test
    void theChecksFindMissingWeightsAMissingFirstLevelAnUnreadableQuantityAndFundsThatDoNotAddUp() {
        List<Indicator> good = Declarations.indicators();
        DeclarationDocument noWeight = Declarations.withIndicator(doc, 2,
                new Indicator("产出指标", "时效指标", "资金拨付时限", "10个工作日内", null));
        assertThat(findings(noWeight)).extracting(DeclarationFinding::rule).containsExactly("declaration.weights.missing");
        assertThat(findings(noWeight)).extracting(DeclarationFinding::field).containsExactly("indicators[2].weight");

        DeclarationDocument noSatisfaction = Declarations.withIndicators(doc, List.of(good.get(0), good.get(1),
                good.get(2), new Indicator("效益指标", "社会效益指标", "困难群众医疗费用负担", "有效减轻",
                        new BigDecimal("50"))));
        assertThat(findings(noSatisfaction)).extracting(DeclarationFinding::rule)
                .containsExactly("declaration.level1.missing");

        DeclarationDocument wordy = Declarations.withIndicator(doc, 0,
                new Indicator("产出指标", "数量指标", "救助人次", "较上年有所增加", new BigDecimal("20")));
        assertThat(findings(wordy)).extracting(DeclarationFinding::rule).containsExactly("declaration.target.unparsed");
        DeclarationDocument numberInText = Declarations.withIndicator(doc, 3,
                new Indicator("效益指标", "社会效益指标", "困难群众医疗费用负担", "人均负担下降5%左右", new BigDecimal("30")));
        assertThat(findings(numberInText)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("declaration.target.number-in-text");
            assertThat(f.severity()).isEqualTo(cn.perfeval.checks.core.Severity.WARNING);
        });

        DeclarationDocument funds = Declarations.withFunds(doc, new DeclarationDocument.Funds(
                new BigDecimal("1200000.00"), new BigDecimal("1000000.00"), new BigDecimal("100000.00")));
        assertThat(findings(funds)).extracting(DeclarationFinding::rule).containsExactly("declaration.funds.sum");
        assertThat(findings(doc)).isEmpty();
    }

    @Test
    void aBadDocumentIsRefusedWholeWithEveryFieldNamedAndNothingIsStored() {
        int before = as.call("drafter", () -> declarations.list(2024, ReportKind.PROJECT)).size();
        DeclarationDocument bad = new DeclarationDocument(2, ReportKind.DEPARTMENT_OVERALL, 1999, null,
                new DeclarationDocument.Department("米易县财政局"), new DeclarationDocument.Project("某项目"), " ",
                new DeclarationDocument.Funds(new BigDecimal("-1"), new BigDecimal("1.001"), null),
                java.util.Arrays.asList(new Indicator("产出指标", null, "救助人次", "≥1200人次", new BigDecimal("-5")),
                        null));
        assertThat(refusal(() -> as.run("drafter", () -> declarations.create(bad))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("formatVersion", "year",
                                "project.name", "overallTarget", "funds.total", "funds.fiscal", "indicators[0].level2",
                                "indicators[0].weight", "indicators[1]", "department.name"));
        assertThat(as.call("drafter", () -> declarations.list(2024, ReportKind.PROJECT))).hasSize(before);
    }

    @Test
    void aSecondDeclarationOfTheSameProjectIsRefused() {
        DeclarationDocument again = Declarations.project(Declarations.MEDICAL, " " + doc.projectName() + " ",
                Declarations.indicators());
        assertThat(refusal(() -> as.run("drafter", () -> declarations.create(again))))
                .isInstanceOf(ActionRefusedException.class)
                .extracting(e -> ((PerfevalException) e).localized().key())
                .isEqualTo("error.declaration.project-exists");
    }

    @Test
    void anotherDepartmentOrAFinanceReviewerOfAnotherRegionDoesNotFindTheDeclaration() {
        for (String outsider : List.of("drafter2", "finance-yanbian", "auditor")) {
            assertThat(refusal(() -> as.run(outsider, () -> declarations.details(id)))).as(outsider)
                    .isInstanceOf(NotFoundException.class);
            assertThat(as.call(outsider, () -> declarations.list(null, null))).as(outsider)
                    .extracting(DeclarationSummary::id).doesNotContain(id);
        }
        assertThat(refusal(() -> as.run("drafter2", () -> declarations.update(id, doc))))
                .isInstanceOf(NotFoundException.class);
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        assertThat(refusal(() -> as.run("finance-yanbian", () -> workflow.approve(id, null))))
                .isInstanceOf(NotFoundException.class);
        for (String insider : List.of("drafter", "bureau2", "finance", "admin")) {
            assertThat(as.call(insider, () -> declarations.list(2024, ReportKind.PROJECT))).as(insider)
                    .extracting(DeclarationSummary::id).contains(id);
        }
    }

    private void approve() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
    }

    private Optional<DeclaredTargets> inForce() {
        return approvedTargets.approved(departmentId(), 2024, ReportKind.PROJECT, doc.projectName());
    }

    private long departmentId() {
        return directory.departmentNamed(Declarations.MEDICAL).orElseThrow().id();
    }

    private DeclarationStatus status() {
        return as.call("drafter", () -> declarations.summary(id)).status();
    }

    private List<String> rules() {
        return as.call("drafter", () -> declarations.findings(id)).stream().map(DeclarationFinding::rule).toList();
    }

    private List<DeclarationFinding> findings(DeclarationDocument document) {
        as.run("drafter", () -> declarations.update(id, document));
        return as.call("drafter", () -> declarations.findings(id));
    }

    private List<String> auditEvents() {
        return audit().stream().map(AuditRecord::event).toList();
    }

    private List<String> auditDetails() {
        return audit().stream().map(r -> String.valueOf(r.detail())).toList();
    }

    /** The audit lines of the declaration, oldest first. */
    private List<AuditRecord> audit() {
        return as.call("auditor", () -> audit.recent(500)).stream()
                .filter(r -> ("declaration:" + id).equals(r.object()))
                .sorted(java.util.Comparator.comparing(AuditRecord::seq)).toList();
    }

    private static Throwable refusal(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
