package cn.perfeval.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.base.NotFoundException;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest(properties = TestDocuments.SECOND_DATABASE)
class ProcessDiagramsTests {

    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ProcessDiagrams diagrams;
    @Autowired
    AsUser as;

    long id;

    @BeforeEach
    void a_drafter_imports_a_report() {
        id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
    }

    @Test
    void a_new_report_waits_in_drafting_with_only_the_start_passed() {
        Svg svg = Svg.parse(as.call("drafter", () -> diagrams.routeSvg(id)));

        assertThat(svg.steps()).containsEntry("start", "passed").containsEntry("draftReport", "current")
                .containsEntry("bureauReview", "pending").containsEntry("end", "pending");
        assertThat(svg.flows()).containsEntry("toDraft", "passed").containsEntry("submitted", "pending");
    }

    @Test
    void the_diagram_marks_the_current_step_and_the_steps_and_flows_passed() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));

        Svg svg = Svg.parse(as.call("finance", () -> diagrams.routeSvg(id)));

        Map<String, String> steps = svg.steps();
        assertThat(steps).containsEntry("financeSignOff", "current");
        assertThat(steps).containsEntry("start", "passed").containsEntry("draftReport", "passed")
                .containsEntry("bureauReview", "passed").containsEntry("bureauDecision", "passed");
        assertThat(steps).containsEntry("financeDecision", "pending").containsEntry("publishReport", "pending")
                .containsEntry("end", "pending");
        assertThat(steps.values()).containsOnlyOnce("current");
        assertThat(svg.flows()).containsEntry("submitted", "passed").containsEntry("bureauPassed", "passed")
                .containsEntry("bureauReturned", "pending").containsEntry("financeApproved", "pending");
        assertThat(svg.element("g", "financeSignOff").getTextContent()).contains("财政审核");
    }

    @Test
    void after_a_return_the_drafting_step_is_current_again_and_the_return_flow_is_passed() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.returnReport(id, "请补充", ReturnTarget.DRAFTING));

        Svg svg = Svg.parse(as.call("drafter", () -> diagrams.routeSvg(id)));

        assertThat(svg.steps()).containsEntry("draftReport", "current").containsEntry("financeSignOff", "passed")
                .containsEntry("financeDecision", "passed");
        assertThat(svg.flows()).containsEntry("financeReturnedToDrafting", "passed")
                .containsEntry("financeReturnedToBureau", "pending");
    }

    @Test
    void a_published_report_has_passed_every_step_to_the_end_and_waits_on_none() {
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        as.run("drafter", () -> workflow.publish(id));

        Svg svg = Svg.parse(as.call("drafter", () -> diagrams.routeSvg(id)));

        assertThat(svg.steps()).containsEntry("publishReport", "passed").containsEntry("end", "passed")
                .containsEntry("waitForPublicationDate", "pending").doesNotContainValue("current");
    }

    @Test
    void a_user_outside_the_reports_department_is_told_it_does_not_exist() {
        assertThatThrownBy(() -> as.run("drafter2", () -> diagrams.routeSvg(id))).isInstanceOf(NotFoundException.class);
    }
}
