package cn.perfeval.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.ReportChecks;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.declaration.DeclarationDetails;
import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.declaration.DeclarationSummary;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's approved declaration of 米易县医疗保障局's overall targets of 2022 and the demo self-evaluation held to it. */
@PortalTest
class DemoDeclarationTests {

    @Autowired
    DeclarationService declarations;
    @Autowired
    ReportService reports;
    @Autowired
    ReportChecks checks;
    @Autowired
    AsUser as;

    private DeclarationSummary demoDeclaration() {
        return as.call("drafter", () -> declarations.list(2022, ReportKind.DEPARTMENT_OVERALL)).stream()
                .filter(d -> d.department().equals("米易县医疗保障局")).findFirst().orElseThrow();
    }

    @Test
    void theOverallTargetsOf2022AreApprovedByFinanceWithWeightsAddingUpToAHundredAndNoError() {
        DeclarationSummary declaration = demoDeclaration();
        DeclarationDetails details = as.call("finance", () -> declarations.details(declaration.id()));

        assertThat(declaration.status()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(declaration.versionInForce()).isEqualTo(1);
        assertThat(details.document().indicators().stream().map(DeclarationDocument.Indicator::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(details.document().indicators()).extracting(DeclarationDocument.Indicator::level1)
                .contains("产出指标", "效益指标", "满意度指标");
        assertThat(details.findings()).isEmpty();
    }

    @Test
    void theDemoSelfEvaluationStatesEveryApprovedIndicatorAndIsFlaggedForTheOneTargetItLowered() {
        DeclarationDocument approved = as.call("drafter", () -> declarations.details(demoDeclaration().id())).document();
        ReportSummary report = as.call("drafter", () -> reports.list(2022, null, ReportKind.DEPARTMENT_OVERALL))
                .getFirst();
        ReportDocument stated = DemoData.withOverallTargets(empty2022());

        List<Finding> targets = as.call("drafter", () -> checks.checkReport(report.id())).findings().stream()
                .filter(f -> f.rule().startsWith("target.")).toList();

        List<DeclarationDocument.Indicator> raised = approved.indicators().stream()
                .filter(d -> stated.indicators().stream().noneMatch(s -> s.name().equals(d.name())
                        && s.target().equals(d.target())))
                .toList();
        assertThat(raised).singleElement().satisfies(d -> assertThat(d.name()).isEqualTo("资助特殊人群参保人数"));
        assertThat(targets).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("target.changed");
            assertThat(f.declared().indicator()).isEqualTo("资助特殊人群参保人数");
            assertThat(f.declared().approvedTarget()).isEqualTo(raised.getFirst().target());
            assertThat(f.declared().statedTarget()).isEqualTo(DemoData.RAISED_TARGET_STATED);
            assertThat(f.declared().approvedVersion()).isEqualTo(1);
        });
        assertThat(targets.getFirst().expected()).isGreaterThan(targets.getFirst().found());
    }

    /** A report of 2022 with nothing but its header, for the demo's indicators to be put into. */
    private static ReportDocument empty2022() {
        return new ReportDocument(1, ReportKind.DEPARTMENT_OVERALL, 2022, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
