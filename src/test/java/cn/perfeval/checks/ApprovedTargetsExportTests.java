package cn.perfeval.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationVersionInfo;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.DeclarationWorkflow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A self-evaluation's export names the approved declaration version it is checked against
 * ({@code approvedTargets}: declaration, version, approval time): none without an approved
 * declaration, the new version after an approved adjustment, and the field ignored on import.
 */
@PortalTest
class ApprovedTargetsExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow declarationRoute;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;

    private static List<DeclarationDocument.Indicator> targets(String satisfaction) {
        return List.of(
                new DeclarationDocument.Indicator("产出指标", "数量指标", "救助人次", "≥100人次", new BigDecimal("40")),
                new DeclarationDocument.Indicator("产出指标", "时效指标", "办结时限", "10个工作日内", new BigDecimal("20")),
                new DeclarationDocument.Indicator("效益指标", "社会效益指标", "困难群众医疗费用负担", "有效减轻",
                        new BigDecimal("20")),
                new DeclarationDocument.Indicator("满意度指标", "服务对象满意度指标", "救助对象满意度", satisfaction,
                        new BigDecimal("20")));
    }

    private static DeclarationDocument declaration(int year, ReportKind kind, String project, String satisfaction) {
        return new DeclarationDocument(DeclarationDocument.FORMAT_VERSION, kind, year, MoneyUnit.YUAN,
                new DeclarationDocument.Department(TestDocuments.MEDICAL),
                project == null ? null : new DeclarationDocument.Project(project), "保障困难群众基本医疗。",
                new DeclarationDocument.Funds(new BigDecimal("1000000.00"), new BigDecimal("1000000.00"),
                        BigDecimal.ZERO), targets(satisfaction));
    }

    /** 米易医保's targets of the year declared, passed by the bureau and approved by finance. */
    private long approve(DeclarationDocument document) {
        long id = as.call("drafter", () -> declarations.create(document)).id();
        as.run("drafter", () -> declarationRoute.submit(id, null));
        as.run("bureau", () -> declarationRoute.pass(id, null));
        as.run("finance", () -> declarationRoute.approve(id, null));
        return id;
    }

    private DeclarationVersionInfo version(long declarationId, int number) {
        return as.call("drafter", () -> declarations.details(declarationId)).versions().stream()
                .filter(v -> v.version() == number).findFirst().orElseThrow();
    }

    @Test
    void the_export_of_a_report_without_an_approved_declaration_names_none_even_while_one_waits_for_finance()
            throws Exception {
        int year = TestDocuments.freshYear();
        long report = create((ObjectNode) json.valueToTree(TestDocuments.small(year)));
        assertThat(export("drafter", report).has("approvedTargets")).isFalse();

        long declaration = as.call("drafter",
                () -> declarations.create(declaration(year, ReportKind.DEPARTMENT_OVERALL, null, "≥90%"))).id();
        as.run("drafter", () -> declarationRoute.submit(declaration, null));
        as.run("bureau", () -> declarationRoute.pass(declaration, null));

        assertThat(export("bureau", report).has("approvedTargets")).isFalse();
    }

    @Test
    void the_export_names_the_approved_declaration_its_version_and_when_finance_approved_it() throws Exception {
        int year = TestDocuments.freshYear();
        long declaration = approve(declaration(year, ReportKind.DEPARTMENT_OVERALL, null, "≥90%"));
        long report = create((ObjectNode) json.valueToTree(TestDocuments.small(year)));

        JsonNode named = export("finance", report).get("approvedTargets");

        assertThat(named.get("declarationId").asLong()).isEqualTo(declaration);
        assertThat(named.get("version").asInt()).isEqualTo(1);
        Instant approvedAt = version(declaration, 1).approvedAt();
        assertThat(approvedAt).isNotNull();
        assertThat(Instant.parse(named.get("approvedAt").asString())).isEqualTo(approvedAt);
    }

    @Test
    void a_project_reports_export_names_the_declaration_of_its_own_project_not_the_departments_overall_one()
            throws Exception {
        int year = TestDocuments.freshYear();
        approve(declaration(year, ReportKind.DEPARTMENT_OVERALL, null, "≥90%"));
        long project = approve(declaration(year, ReportKind.PROJECT, "城乡医疗救助", "≥90%"));
        long report = as.call("drafter", () -> reports.startFromDeclaration(year, ReportKind.PROJECT, "城乡医疗救助"))
                .id();

        JsonNode named = export("drafter", report).get("approvedTargets");

        assertThat(named.get("declarationId").asLong()).isEqualTo(project);
        assertThat(named.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void an_approved_adjustment_makes_the_export_name_the_new_version_and_a_pending_one_does_not() throws Exception {
        int year = TestDocuments.freshYear();
        long declaration = approve(declaration(year, ReportKind.DEPARTMENT_OVERALL, null, "≥90%"));
        long report = create((ObjectNode) json.valueToTree(TestDocuments.small(year)));
        as.run("drafter", () -> declarations.requestAdjustment(declaration, "满意度目标按新标准提高",
                declaration(year, ReportKind.DEPARTMENT_OVERALL, null, "≥95%")));

        assertThat(export("drafter", report).get("approvedTargets").get("version").asInt()).isEqualTo(1);

        as.run("finance", () -> declarationRoute.approve(declaration, "同意调整"));
        JsonNode named = export("drafter", report).get("approvedTargets");

        assertThat(named.get("declarationId").asLong()).isEqualTo(declaration);
        assertThat(named.get("version").asInt()).isEqualTo(2);
        assertThat(Instant.parse(named.get("approvedAt").asString())).isEqualTo(version(declaration, 2).approvedAt())
                .isAfterOrEqualTo(version(declaration, 1).approvedAt());
    }

    @Test
    void an_export_with_approved_targets_is_imported_as_another_year_and_its_approved_targets_are_ignored()
            throws Exception {
        int year = TestDocuments.freshYear();
        approve(declaration(year, ReportKind.DEPARTMENT_OVERALL, null, "≥90%"));
        long report = create((ObjectNode) json.valueToTree(TestDocuments.small(year)));
        ObjectNode exported = export("drafter", report);
        assertThat(exported.has("approvedTargets")).isTrue();

        int other = TestDocuments.freshYear();
        exported.put("year", other);
        long imported = create(exported);

        assertThat(export("drafter", imported).has("approvedTargets")).isFalse();
    }

    private ObjectNode export(String user, long report) throws Exception {
        return (ObjectNode) body(as(user, get("/api/reports/" + report)).andExpect(status().isOk()));
    }

    private long create(ObjectNode document) throws Exception {
        return body(as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(document.toString())).andExpect(status().isCreated())).get("id").asLong();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "Perfeval#2026")));
    }
}
