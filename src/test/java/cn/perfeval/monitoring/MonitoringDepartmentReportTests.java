package cn.perfeval.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.NotFoundException;
import cn.perfeval.checks.ApprovedTargets;
import cn.perfeval.checks.core.DeclaredTargets;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.Declarations;
import cn.perfeval.identity.Directory;
import cn.perfeval.report.ReportKind;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.DeclarationWorkflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The drafter's monitoring report of its department: prefilled from its approved targets, and its own only. */
@PortalTest
class MonitoringDepartmentReportTests {

    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MonitoringService monitoring;
    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow workflow;
    @Autowired
    ApprovedTargets approvedTargets;
    @Autowired
    Directory directory;
    @Autowired
    AsUser as;

    MonitoringRoundInfo round(int year) {
        return as.call("admin", () -> monitoring.openRound(year, year + "年8月运行监控（部门填报）" + NEXT.incrementAndGet(),
                LocalDate.of(year, 8, 31), null));
    }

    @Test
    void beforeTheFirstSaveTheReportHoldsTheIndicatorsAndTargetsOfTheApprovedDeclarationsOfTheYear() {
        String project = Declarations.freshProject();
        long declaration = as.call("drafter", () -> declarations.create(Declarations.project(Declarations.MEDICAL,
                project, Declarations.indicators()))).id();
        as.run("drafter", () -> workflow.submit(declaration, null));
        as.run("bureau", () -> workflow.pass(declaration, null));
        as.run("finance", () -> workflow.approve(declaration, null));
        long notApproved = as.call("drafter", () -> declarations.create(Declarations.project())).id();
        String draftOnly = as.call("drafter", () -> declarations.summary(notApproved)).project();
        MonitoringRoundInfo round = round(2024);

        MonitoringService.DepartmentReport report = as.call("drafter", () -> monitoring.departmentReport(round.id()));
        assertThat(report.report()).isNull();
        assertThat(report.department()).isEqualTo(TestDocuments.MEDICAL);
        assertThat(report.prefilledFrom()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(ReportKind.PROJECT);
            assertThat(a.projectName()).isEqualTo(project);
        });
        MonitoringDocument doc = report.document();
        assertThat(doc.year()).isEqualTo(2024);
        assertThat(doc.projectLines()).contains(new MonitoringDocument.Line(project, null, null));
        List<MonitoringDocument.Indicator> own = doc.indicatorLines().stream()
                .filter(i -> project.equals(i.project())).toList();
        assertThat(own).extracting(MonitoringDocument.Indicator::name)
                .containsExactly("救助人次", "资金拨付准确率", "资金拨付时限", "困难群众医疗费用负担", "救助对象满意度");
        assertThat(own.getFirst()).isEqualTo(new MonitoringDocument.Indicator(project, "产出指标", "数量指标", "救助人次",
                "≥1200人次", null, null, null));
        assertThat(doc.indicatorLines()).noneMatch(i -> draftOnly.equals(i.project()));
        assertThat(doc.projectLines()).noneMatch(l -> l.name().equals(draftOnly));
    }

    @Test
    void theDepartmentsOwnTargetsComeFromItsApprovedOverallDeclarationAndASavedReportIsShownAsStored() {
        long medical = directory.departmentNamed(TestDocuments.MEDICAL).orElseThrow().id();
        DeclaredTargets overall = approvedTargets.approved(medical, 2022, ReportKind.DEPARTMENT_OVERALL, "")
                .orElseThrow();
        MonitoringRoundInfo round = round(2022);

        MonitoringDocument prefilled = as.call("drafter", () -> monitoring.departmentReport(round.id())).document();
        List<MonitoringDocument.Indicator> own = prefilled.indicatorLines().stream().filter(i -> i.project() == null)
                .toList();
        assertThat(own).extracting(MonitoringDocument.Indicator::name)
                .containsExactlyElementsOf(overall.indicators().stream().map(DeclaredTargets.Indicator::name).toList());
        assertThat(own).extracting(MonitoringDocument.Indicator::target)
                .containsExactlyElementsOf(overall.indicators().stream().map(DeclaredTargets.Indicator::target)
                        .toList());

        MonitoringDocument.Indicator first = own.getFirst();
        MonitoringDocument filled = new MonitoringDocument(1, 2022, prefilled.unit(), prefilled.department(), null,
                List.of(new MonitoringDocument.Line("人员类项目", new BigDecimal("3449800.00"),
                        new BigDecimal("3000000.00"))), List.of(),
                List.of(new MonitoringDocument.Indicator(null, first.level1(), first.level2(), first.name(),
                        first.target(), Progress.WILL_NOT_BE_MET, "政策调整", null)));
        long id = as.call("drafter", () -> monitoring.draft(round.id(), filled)).report().id();
        MonitoringService.DepartmentReport stored = as.call("drafter", () -> monitoring.departmentReport(round.id()));
        assertThat(stored.report().id()).isEqualTo(id);
        assertThat(stored.prefilledFrom()).isEmpty();
        assertThat(stored.document().indicatorLines()).singleElement()
                .satisfies(i -> assertThat(i.progress()).isEqualTo(Progress.WILL_NOT_BE_MET));
        assertThat(stored.report().findings()).extracting(f -> f.rule()).containsExactly(
                MonitoringChecks.MEASURE_MISSING);
        assertThat(as.call("drafter", () -> monitoring.departmentRounds())).anySatisfy(r -> {
            assertThat(r.round().id()).isEqualTo(round.id());
            assertThat(r.reportId()).isEqualTo(id);
            assertThat(r.status()).isEqualTo(MonitoringStatus.DRAFTING);
            assertThat(r.changeable()).isTrue();
        });
    }

    @Test
    void anotherDepartmentsDrafterMeetsItsOwnReportOnlyAndReviewersHaveNone() {
        MonitoringRoundInfo round = round(2022);
        MonitoringDocument medicalDocument = MonitoringServiceTests.document(2022, "原因", "措施");
        long medicalReport = as.call("drafter", () -> monitoring.draft(round.id(), medicalDocument)).report().id();

        MonitoringService.DepartmentReport other = as.call("drafter2", () -> monitoring.departmentReport(round.id()));
        assertThat(other.department()).isEqualTo("米易县财政局");
        assertThat(other.report()).isNull();
        assertThat(other.document().indicatorLines()).noneMatch(i -> i.name().equals("城乡居民医疗保险参保率"));
        assertThat(as.call("drafter2", () -> monitoring.departmentRounds())).filteredOn(r -> r.round().id() == round.id())
                .singleElement().satisfies(r -> assertThat(r.reportId()).isNull());
        assertThatThrownBy(() -> as.call("drafter2", () -> monitoring.report(round.id(), medicalReport)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.call("drafter2", () -> monitoring.submit(round.id(), medicalReport)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.call("bureau", () -> monitoring.departmentReport(round.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("finance", () -> monitoring.departmentRounds()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("drafter", () -> monitoring.departmentReport(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }
}
