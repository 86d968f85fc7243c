package cn.perfeval.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.DeclarationWorkflow;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * A self-evaluation checked against the approved targets of its department, year, kind and project,
 * through the API: findings of a stored report and of a document sent to be checked, and the submission
 * they block; and a self-evaluation started from them. The targets are declared, routed and approved
 * (and adjusted) through the declaration module.
 */
@PortalTest
class ApprovedTargetsChecksTests {

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

    private static DeclarationDocument.Indicator declared(String level1, String level2, String name, String target,
            String weight) {
        return new DeclarationDocument.Indicator(level1, level2, name, target, new BigDecimal(weight));
    }

    /** 米易医保's targets of the year declared, passed by the bureau and approved by finance. */
    private long approve(int year, ReportKind kind, String project, List<DeclarationDocument.Indicator> indicators) {
        DeclarationDocument document = new DeclarationDocument(DeclarationDocument.FORMAT_VERSION, kind, year,
                MoneyUnit.YUAN, new DeclarationDocument.Department(TestDocuments.MEDICAL),
                project == null ? null : new DeclarationDocument.Project(project), "保障困难群众基本医疗。",
                new DeclarationDocument.Funds(new BigDecimal("1000000.00"), new BigDecimal("1000000.00"),
                        BigDecimal.ZERO), indicators);
        long id = as.call("drafter", () -> declarations.create(document)).id();
        as.run("drafter", () -> declarationRoute.submit(id, null));
        as.run("bureau", () -> declarationRoute.pass(id, null));
        as.run("finance", () -> declarationRoute.approve(id, null));
        return id;
    }

    private static List<DeclarationDocument.Indicator> overallTargets(String hospital) {
        return List.of(declared("产出指标", "数量指标", "资助参保人次数", "≥21575人", "20"),
                declared("产出指标", "质量指标", "住院救助比例", hospital, "20"),
                declared("效益指标", "社会效益指标", "困难群众医疗费用负担", "有效减轻", "30"),
                declared("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "30"));
    }

    /**
     * 米易医保's overall targets approved for the year, then adjusted (住院救助比例 raised from ≥65% to ≥70%)
     * and approved again: the second version is in force.
     */
    private void approveOverall(int year) {
        long id = approve(year, ReportKind.DEPARTMENT_OVERALL, null, overallTargets("≥65%"));
        DeclarationDocument raised = as.call("drafter", () -> declarations.details(id)).document();
        as.run("drafter", () -> declarations.requestAdjustment(id, "住院救助比例按新政策提高",
                new DeclarationDocument(raised.formatVersion(), raised.kind(), raised.year(), raised.unit(),
                        raised.department(), raised.project(), raised.overallTarget(), raised.funds(),
                        overallTargets("≥70%"))));
        as.run("finance", () -> declarationRoute.approve(id, null));
    }

    /** 米易医保's targets of its project 城乡医疗救助 approved for the year. */
    private void approveProject(int year) {
        approve(year, ReportKind.PROJECT, "城乡医疗救助", List.of(declared("产出指标", "数量指标", "救助人次", "≥100人次", "40"),
                declared("产出指标", "时效指标", "办结时限", "10个工作日内", "20"),
                declared("效益指标", "社会效益指标", "困难群众医疗费用负担", "有效减轻", "20"),
                declared("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "20")));
    }

    /** A small overall report of 米易医保 for the year stating the four declared indicators, the first two with these targets. */
    private ObjectNode overall(int year, String participants, String hospital) {
        ObjectNode doc = (ObjectNode) json.valueToTree(TestDocuments.small(year));
        var indicators = doc.putArray("indicators");
        indicators.addObject().put("level1", "产出指标").put("level2", "数量指标").put("name", "资助参保人次数")
                .put("target", participants).put("actual", "21575人");
        indicators.addObject().put("level1", "产出指标").put("level2", "质量指标").put("name", "住院救助比例")
                .put("target", hospital).put("actual", "75%");
        indicators.addObject().put("level1", "效益指标").put("level2", "社会效益指标").put("name", "困难群众医疗费用负担")
                .put("target", "有效减轻").put("actual", "有效减轻");
        indicators.addObject().put("level1", "满意度指标").put("level2", "服务对象满意度指标").put("name", "救助对象满意度")
                .put("target", "≥90%").put("actual", "95%");
        return doc;
    }

    @Test
    void a_stored_report_with_a_lowered_target_shows_it_against_the_approved_one_and_cannot_be_submitted() throws Exception {
        int year = TestDocuments.freshYear();
        approveOverall(year);
        long id = create(overall(year, "≥21575人", "≥60%"));

        List<JsonNode> found = targetFindings(body(as("bureau", get("/api/reports/" + id + "/findings"))
                .andExpect(status().isOk())));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.get("rule").asString()).isEqualTo("target.changed");
            assertThat(f.get("severity").asString()).isEqualTo("ERROR");
            assertThat(f.get("table").asString()).isEqualTo("indicators");
            assertThat(f.get("row").asString()).isEqualTo("住院救助比例");
            assertThat(f.get("column").asString()).isEqualTo("target");
            assertThat(f.get("target").get("indicator").asString()).isEqualTo("住院救助比例");
            assertThat(f.get("target").get("level2").asString()).isEqualTo("质量指标");
            assertThat(f.get("target").get("approved").asString()).isEqualTo("≥70%");
            assertThat(f.get("target").get("stated").asString()).isEqualTo("≥60%");
            assertThat(f.get("target").get("approvedVersion").asInt()).isEqualTo(2);
            assertThat(f.get("message").asString()).contains("≥60%", "≥70%", "第2版批复");
        });
        JsonNode refused = body(as("drafter", post("/api/reports/" + id + "/submit")).andExpect(status().isConflict()));
        assertThat(refused.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asString()).isEqualTo("target.changed");
            assertThat(f.get("target").get("stated").asString()).isEqualTo("≥60%");
        });
    }

    @Test
    void a_report_stating_the_approved_targets_written_otherwise_has_no_target_finding_and_submits() throws Exception {
        int year = TestDocuments.freshYear();
        approveOverall(year);
        long id = create(overall(year, "≥ 21575 人", "70%及以上"));

        assertThat(targetFindings(body(as("drafter", get("/api/reports/" + id + "/findings"))))).isEmpty();
        as("drafter", post("/api/reports/" + id + "/submit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BUREAU_REVIEW"));
    }

    @Test
    void a_document_sent_to_be_checked_meets_the_targets_of_the_callers_department_only() throws Exception {
        int year = TestDocuments.freshYear();
        approveOverall(year);
        String doc = overall(year, "≥20000人", "≥70%").toString();
        var indicators = (ObjectNode) json.readTree(doc);
        indicators.withArray("indicators").addObject().put("level1", "满意度指标").put("level2", "服务对象满意度指标")
                .put("name", "参保群众满意度").put("target", "≥85%").put("actual", "90%");

        List<JsonNode> drafters = targetFindings(check("drafter", indicators.toString()));

        assertThat(drafters).extracting(f -> f.get("rule").asString() + " " + f.get("severity").asString() + " "
                + f.get("row").asString()).containsExactly("target.changed ERROR 资助参保人次数",
                        "target.undeclared WARNING 参保群众满意度");
        assertThat(drafters.get(1).get("target").get("stated").asString()).isEqualTo("≥85%");
        assertThat(drafters.get(1).get("target").get("approved").isNull()).isTrue();
        assertThat(targetFindings(check("drafter2", indicators.toString()))).isEmpty();
        assertThat(targetFindings(check("admin", indicators.toString()))).isEmpty();
        assertThat(targetFindings(check("finance", indicators.toString()))).isEmpty();
        ObjectNode otherYear = indicators.deepCopy().put("year", year == 2100 ? 2099 : year + 1);
        assertThat(targetFindings(check("drafter", otherYear.toString()))).isEmpty();
    }

    @Test
    void a_project_report_meets_the_targets_approved_for_its_project() throws Exception {
        int year = TestDocuments.freshYear();
        approveProject(year);
        ObjectNode doc = json.createObjectNode().put("formatVersion", 1).put("kind", "PROJECT").put("year", year)
                .put("unit", "WAN_YUAN");
        ObjectNode project = doc.putArray("projects").addObject().put("name", "城乡医疗救助");
        project.putObject("budget").put("fiscal", "100.00").put("other", "0");
        project.putObject("executed").put("fiscal", "95.00").put("other", "0");
        var stated = project.putArray("indicators");
        stated.addObject().put("level1", "产出指标").put("level2", "数量指标").put("name", "救助人次")
                .put("target", "≥100人次").put("actual", "100人次");
        stated.addObject().put("level1", "效益指标").put("level2", "社会效益指标").put("name", "困难群众医疗费用负担")
                .put("target", "有效减轻").put("actual", "有效减轻");
        stated.addObject().put("level1", "满意度指标").put("level2", "服务对象满意度指标").put("name", "救助对象满意度")
                .put("target", "≥90%").put("actual", "95%");

        List<JsonNode> found = targetFindings(check("drafter", doc.toString()));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.get("rule").asString()).isEqualTo("target.missing");
            assertThat(f.get("severity").asString()).isEqualTo("ERROR");
            assertThat(f.get("table").asString()).isEqualTo("projects");
            assertThat(f.get("row").asString()).isEqualTo("城乡医疗救助 / 办结时限");
            assertThat(f.get("target").get("approved").asString()).isEqualTo("10个工作日内");
            assertThat(f.get("target").get("stated").isNull()).isTrue();
        });
        project.put("name", "医保专项工作经费");
        assertThat(targetFindings(check("drafter", doc.toString()))).isEmpty();
    }

    @Test
    void a_self_evaluation_started_from_the_approved_declaration_states_its_indicators_and_targets_to_fill() throws Exception {
        int year = TestDocuments.freshYear();
        approveOverall(year);

        ReportSummary started = as.call("drafter",
                () -> reports.startFromDeclaration(year, ReportKind.DEPARTMENT_OVERALL, null));

        ReportDocument document = as.call("drafter", () -> reports.export(started.id()));
        assertThat(started.status()).isEqualTo(ReportStatus.DRAFTING);
        assertThat(document.department().name()).isEqualTo(TestDocuments.MEDICAL);
        assertThat(document.indicators()).extracting(Indicator::level2, Indicator::name, Indicator::target,
                Indicator::actual, Indicator::score).containsExactly(
                        tuple("数量指标", "资助参保人次数", "≥21575人", null, null),
                        tuple("质量指标", "住院救助比例", "≥70%", null, null),
                        tuple("社会效益指标", "困难群众医疗费用负担", "有效减轻", null, null),
                        tuple("服务对象满意度指标", "救助对象满意度", "≥90%", null, null));
        assertThat(document.indicators()).extracting(Indicator::weight).extracting(BigDecimal::intValue)
                .containsExactly(20, 20, 30, 30);
        assertThat(as.call("drafter", () -> reports.details(started.id())).approvedIndicators())
                .extracting(Indicator::name, Indicator::target)
                .containsExactly(tuple("资助参保人次数", "≥21575人"), tuple("住院救助比例", "≥70%"),
                        tuple("困难群众医疗费用负担", "有效减轻"), tuple("救助对象满意度", "≥90%"));
        assertThat(targetFindings(body(as("drafter", get("/api/reports/" + started.id() + "/findings"))))).isEmpty();
    }

    @Test
    void a_project_self_evaluation_starts_from_its_projects_declaration_and_none_starts_without_one() {
        int year = TestDocuments.freshYear();
        approveProject(year);

        ReportSummary started = as.call("drafter",
                () -> reports.startFromDeclaration(year, ReportKind.PROJECT, " 城乡医疗救助 "));

        ReportDocument document = as.call("drafter", () -> reports.export(started.id()));
        assertThat(started.project()).isEqualTo("城乡医疗救助");
        assertThat(document.projects()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("城乡医疗救助");
            assertThat(p.indicators()).extracting(Indicator::name, Indicator::target, Indicator::actual)
                    .containsExactly(tuple("救助人次", "≥100人次", null), tuple("办结时限", "10个工作日内", null),
                            tuple("困难群众医疗费用负担", "有效减轻", null), tuple("救助对象满意度", "≥90%", null));
        });
        assertThatThrownBy(() -> as.call("drafter",
                () -> reports.startFromDeclaration(year, ReportKind.PROJECT, "医保专项工作经费")))
                .isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> as.call("drafter",
                () -> reports.startFromDeclaration(year, ReportKind.DEPARTMENT_OVERALL, null)))
                .isInstanceOf(ActionRefusedException.class);
    }

    private JsonNode check(String user, String document) throws Exception {
        return body(as(user, post("/api/checks").contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isOk()));
    }

    private long create(ObjectNode document) throws Exception {
        return body(as("drafter", post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(document.toString())).andExpect(status().isCreated())).get("id").asLong();
    }

    private static List<JsonNode> targetFindings(JsonNode answer) {
        List<JsonNode> found = new ArrayList<>();
        answer.get("findings").forEach(f -> {
            if (f.get("rule").asString().startsWith("target.")) {
                found.add(f);
            } else {
                assertThat(f.has("target")).as("only target findings carry targets").isFalse();
            }
        });
        return found;
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "Perfeval#2026")));
    }
}
