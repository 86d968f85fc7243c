package cn.perfeval.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.report.ReportKind;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.workflow.DeclarationWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An empty declaration started from the list (新建申报): created with its header alone, submitted only once complete. */
@PortalTest
class DeclarationDraftTests {

    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow workflow;
    @Autowired
    AsUser as;

    @Test
    void anEmptyDraftIsTheDraftersDepartmentsAndIsSubmittedOnlyOnceFilledIn() {
        String project = Declarations.freshProject();
        DeclarationSummary draft = as.call("drafter", () -> declarations.createDraft(2024, ReportKind.PROJECT,
                " " + project + " "));
        assertThat(draft.department()).isEqualTo(Declarations.MEDICAL);
        assertThat(draft.project()).isEqualTo(project);
        assertThat(draft.status()).isEqualTo(DeclarationStatus.DRAFTING);
        DeclarationDetails details = as.call("drafter", () -> declarations.details(draft.id()));
        assertThat(details.document().overallTarget()).isNull();
        assertThat(details.document().indicators()).isNull();
        assertThat(as.call("drafter", () -> workflow.availableActions(draft.id())))
                .contains(DeclarationAction.SAVE, DeclarationAction.SUBMIT);

        assertThatThrownBy(() -> as.run("drafter", () -> workflow.submit(draft.id(), null)))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("overallTarget", "funds", "indicators"));
        assertThat(as.call("drafter", () -> declarations.summary(draft.id())).status())
                .isEqualTo(DeclarationStatus.DRAFTING);

        as.run("drafter", () -> declarations.update(draft.id(), Declarations.project(Declarations.MEDICAL, project,
                Declarations.indicators())));
        as.run("drafter", () -> workflow.submit(draft.id(), null));
        assertThat(as.call("drafter", () -> declarations.summary(draft.id())).status())
                .isEqualTo(DeclarationStatus.BUREAU_REVIEW);
    }

    @Test
    void anEmptyDraftNeedsAYearInRangeAProjectWhereTheKindHasOneAndNoDeclarationOfItsOwnYet() {
        assertThatThrownBy(() -> as.call("drafter", () -> declarations.createDraft(1999, ReportKind.PROJECT, "某项目")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("year"));
        assertThatThrownBy(() -> as.call("drafter", () -> declarations.createDraft(2024, ReportKind.PROJECT, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("project.name"));
        assertThatThrownBy(() -> as.call("drafter", () -> declarations.createDraft(2024,
                ReportKind.DEPARTMENT_OVERALL, "某项目"))).isInstanceOf(InvalidInputException.class);
        String project = Declarations.freshProject();
        as.run("drafter", () -> declarations.createDraft(2024, ReportKind.TRANSFER_PAYMENT, project));
        assertThatThrownBy(() -> as.call("drafter", () -> declarations.createDraft(2024, ReportKind.TRANSFER_PAYMENT,
                project))).isInstanceOf(ActionRefusedException.class);
    }

    @Test
    void onlyADrafterStartsADeclaration() {
        assertThatThrownBy(() -> as.call("bureau", () -> declarations.createDraft(2024, ReportKind.PROJECT,
                Declarations.freshProject()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("admin", () -> declarations.createDraft(2024, ReportKind.PROJECT,
                Declarations.freshProject()))).isInstanceOf(AccessDeniedException.class);
    }
}
