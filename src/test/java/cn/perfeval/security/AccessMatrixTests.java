package cn.perfeval.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.Declarations;
import cn.perfeval.evidence.EvidenceService;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.IdentityAdministration;
import cn.perfeval.identity.Role;
import cn.perfeval.monitoring.MonitoringDocument;
import cn.perfeval.monitoring.MonitoringService;
import cn.perfeval.monitoring.Progress;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportWorkbooks;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.PortalTest;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.DeclarationWorkflow;
import cn.perfeval.workflow.ReportWorkflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every role against a report of another department (米易县财政局's, drafted by drafter2), on every
 * API path and every service a screen calls: nobody outside the report's scope reads it, changes it
 * or moves it, and no answer carries its data. The owner's access is the control that the report
 * is really there.
 */
@PortalTest
class AccessMatrixTests {

    static final String PASSWORD = "Perfeval#2026";
    /** Users outside the report's scope: other department, other region, the non-business roles. */
    static final List<String> OUTSIDERS = List.of("drafter", "bureau", "finance-yanbian", "auditor", "security");
    static final String SECRET = "财政局保密测试数据";

    @Autowired
    MockMvc mvc;
    @Autowired
    AsUser as;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReportChecks checks;
    @Autowired
    IdentityAdministration identity;
    @Autowired
    Directory directory;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ReportWorkbooks workbooks;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow declarationWorkflow;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    long target;
    long evidenceFile;
    long monitoringRound;
    long monitoringReport;
    static final java.util.concurrent.atomic.AtomicInteger ROUNDS = new java.util.concurrent.atomic.AtomicInteger();
    long declaration;
    DeclarationDocument declared;
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @BeforeEach
    void a_report_of_the_finance_bureau_and_a_finance_reviewer_of_another_region() {
        if (directory.departmentNamed("盐边县医疗保障局").isEmpty()) {
            as.run("admin", () -> {
                long region = identity.createRegion("盐边县");
                identity.createDepartment(region, "盐边县医疗保障局", "行政单位");
                identity.createUser("finance-yanbian", "盐边县财政审核", PASSWORD, Role.FINANCE_REVIEWER, null, region);
            });
        }
        ReportDocument small = TestDocuments.smallOf("米易县财政局");
        ReportDocument doc = new ReportDocument(small.formatVersion(), small.kind(), small.year(), small.unit(),
                new ReportDocument.DepartmentPart("米易县财政局", "米易县", "行政单位", null, SECRET), small.mainTasks(),
                small.income(), small.expenditure(), small.totals(), null, null, null, null, null, null, SECRET, null,
                null, null, null);
        target = as.call("drafter2", () -> reports.importDocument(doc)).id();
        evidenceFile = as.call("drafter2", () -> evidence.upload(target, "凭证.pdf", PDF, SECRET)).id();
        monitoringRound = as.call("admin", () -> monitoring.openRound(2023, "访问矩阵监控 " + ROUNDS.incrementAndGet(),
                java.time.LocalDate.of(2023, 6, 30), null)).id();
        MonitoringDocument report = new MonitoringDocument(1, 2023, null, null, null,
                List.of(new MonitoringDocument.Line("运转类项目", new java.math.BigDecimal("1000.50"),
                        java.math.BigDecimal.ZERO)), null,
                List.of(new MonitoringDocument.Indicator(null, null, null, "参保率", "≥98%", Progress.AT_RISK, SECRET,
                        SECRET)));
        monitoringReport = as.call("drafter2", () -> monitoring.draft(monitoringRound, report)).report().id();
        DeclarationDocument project = Declarations.project("米易县财政局", Declarations.freshProject(),
                Declarations.indicators());
        declared = new DeclarationDocument(project.formatVersion(), project.kind(), project.year(), project.unit(),
                project.department(), project.project(), SECRET, project.funds(), project.indicators());
        declaration = as.call("drafter2", () -> declarations.create(declared)).id();
    }

    @TestFactory
    Stream<DynamicTest> no_outsider_reaches_the_declaration_through_the_api() {
        List<DynamicTest> cases = new ArrayList<>();
        List<String> paths = List.of("GET declaration", "GET history", "GET versions/1", "PUT declaration",
                "POST submit", "POST withdraw", "POST pass", "POST approve", "POST return", "POST adjustments");
        for (String user : OUTSIDERS) {
            for (String path : paths) {
                cases.add(DynamicTest.dynamicTest(user + " → declaration " + path, () -> {
                    MockHttpServletResponse response = callDeclaration(path, user);
                    assertThat(response.getStatus()).as(user + " " + path).isIn(401, 403, 404);
                    assertThat(response.getContentAsString()).doesNotContain(SECRET);
                }));
            }
        }
        for (String path : paths) {
            cases.add(DynamicTest.dynamicTest("anonymous → declaration " + path, () -> {
                MockHttpServletResponse response = callDeclaration(path, null);
                assertThat(response.getStatus()).isIn(401, 404);
                assertThat(response.getContentAsString()).doesNotContain(SECRET);
            }));
            if (!path.startsWith("GET")) {
                cases.add(DynamicTest.dynamicTest("admin → declaration " + path, () ->
                        assertThat(callDeclaration(path, "admin").getStatus()).isIn(403, 404)));
            }
        }
        cases.add(DynamicTest.dynamicTest("control: the owner reads the declaration", () -> {
            MockHttpServletResponse response = callDeclaration("GET declaration", "drafter2");
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains(SECRET);
        }));
        cases.add(DynamicTest.dynamicTest("control: the declaration is still in drafting, unchanged", () -> {
            var details = as.call("drafter2", () -> declarations.details(declaration));
            assertThat(details.summary().status().name()).isEqualTo("DRAFTING");
            assertThat(details.document().overallTarget()).isEqualTo(SECRET);
        }));
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> no_outsider_reaches_the_declaration_through_the_services() {
        Map<String, Consumer<Long>> services = Map.ofEntries(
                Map.entry("details", id -> declarations.details(id)),
                Map.entry("summary", id -> declarations.summary(id)),
                Map.entry("history", id -> declarations.history(id)),
                Map.entry("findings", id -> declarations.findings(id)),
                Map.entry("version", id -> declarations.versionDocument(id, 1)),
                Map.entry("update", id -> declarations.update(id, declared)),
                Map.entry("adjust", id -> declarations.requestAdjustment(id, "理由", declared)),
                Map.entry("available actions", id -> declarationWorkflow.availableActions(id)),
                Map.entry("submit", id -> declarationWorkflow.submit(id, null)),
                Map.entry("withdraw", id -> declarationWorkflow.withdraw(id, null)),
                Map.entry("pass", id -> declarationWorkflow.pass(id, null)),
                Map.entry("approve", id -> declarationWorkflow.approve(id, null)),
                Map.entry("return", id -> declarationWorkflow.returnDeclaration(id, "理由")));
        List<DynamicTest> cases = new ArrayList<>();
        for (String user : OUTSIDERS) {
            for (var service : services.entrySet()) {
                cases.add(DynamicTest.dynamicTest(user + " → declaration " + service.getKey(), () -> {
                    Throwable refused = catchRefusal(() -> as.run(user, () -> service.getValue().accept(declaration)));
                    assertThat(refused).as(user + " " + service.getKey()).isNotNull()
                            .isInstanceOfAny(cn.perfeval.base.NotFoundException.class, AccessDeniedException.class,
                                    ActionRefusedException.class);
                }));
            }
        }
        return cases.stream();
    }

    private MockHttpServletResponse callDeclaration(String path, String user) throws Exception {
        String method = path.substring(0, path.indexOf(' '));
        String rest = path.substring(path.indexOf(' ') + 1);
        String url = "/api/declarations/" + declaration + (rest.equals("declaration") ? "" : "/" + rest);
        String body = switch (path) {
            case "PUT declaration" -> json.writeValueAsString(declared);
            case "POST adjustments" -> json.writeValueAsString(Map.of("reason", "理由", "document", declared));
            default -> "{\"comment\":\"理由\"}";
        };
        AbstractMockHttpServletRequestBuilder<?> request = switch (method) {
            case "GET" -> get(url);
            case "PUT" -> put(url).contentType(MediaType.APPLICATION_JSON).content(body);
            default -> post(url).contentType(MediaType.APPLICATION_JSON).content(body);
        };
        if (user != null) {
            request = request.with(httpBasic(user, PASSWORD));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @TestFactory
    Stream<DynamicTest> no_outsider_reaches_the_report_through_the_api() {
        List<DynamicTest> cases = new ArrayList<>();
        List<String> paths = List.of("GET report", "GET history", "GET findings", "POST submit", "POST withdraw",
                "POST pass", "POST approve", "POST return", "POST publish", "GET pdf before publication",
                "GET tables.xlsx", "PUT tables.xlsx", "GET evidence", "POST evidence", "GET evidence file",
                "DELETE evidence file", "GET monitoring report", "POST monitoring submit");
        for (String user : OUTSIDERS) {
            for (String path : paths) {
                cases.add(DynamicTest.dynamicTest(user + " → " + path, () -> {
                    MockHttpServletResponse response = call(path, user);
                    assertThat(response.getStatus()).as(user + " " + path).isIn(401, 403, 404);
                    assertThat(response.getContentAsString()).doesNotContain(SECRET).doesNotContain("1000.50");
                }));
            }
        }
        for (String path : paths) {
            cases.add(DynamicTest.dynamicTest("anonymous → " + path, () -> {
                MockHttpServletResponse response = call(path, null);
                assertThat(response.getStatus()).isIn(401, 404);
                assertThat(response.getContentAsString()).doesNotContain(SECRET);
            }));
            if (!path.startsWith("GET")) {
                cases.add(DynamicTest.dynamicTest("admin → " + path, () ->
                        assertThat(call(path, "admin").getStatus()).isIn(403, 404)));
            }
        }
        cases.add(DynamicTest.dynamicTest("the owner gets no PDF before publication either", () ->
                assertThat(call("GET pdf before publication", "drafter2").getStatus()).isEqualTo(404)));
        cases.add(DynamicTest.dynamicTest("control: the owner reads it", () -> {
            MockHttpServletResponse response = call("GET report", "drafter2");
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains(SECRET);
        }));
        cases.add(DynamicTest.dynamicTest("control: the owner lists the evidence, which is all still there", () -> {
            MockHttpServletResponse response = call("GET evidence", "drafter2");
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains(SECRET);
            assertThat(as.call("drafter2", () -> evidence.list(target))).hasSize(1);
        }));
        cases.add(DynamicTest.dynamicTest("control: the owner reads its monitoring report", () -> {
            MockHttpServletResponse response = call("GET monitoring report", "drafter2");
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains(SECRET);
        }));
        cases.add(DynamicTest.dynamicTest("control: the monitoring report is still a draft", () ->
                assertThat(as.call("drafter2", () -> monitoring.report(monitoringRound, monitoringReport)).status()
                        .name()).isEqualTo("DRAFTING")));
        cases.add(DynamicTest.dynamicTest("control: the report is still in drafting", () ->
                assertThat(as.call("drafter2", () -> reports.summary(target)).status().name()).isEqualTo("DRAFTING")));
        return cases.stream();
    }

    @TestFactory
    Stream<DynamicTest> no_outsider_reaches_the_report_through_the_services_the_screens_call() {
        Map<String, Consumer<Long>> services = Map.ofEntries(
                Map.entry("details", id -> reports.details(id)),
                Map.entry("export", id -> reports.export(id)),
                Map.entry("history", id -> reports.history(id)),
                Map.entry("changes", id -> reports.changes(id)),
                Map.entry("export in yuan", id -> reports.export(id, cn.perfeval.report.MoneyUnit.YUAN)),
                Map.entry("save draft", id -> reports.saveDraft(id, 0, TestDocuments.small())),
                Map.entry("findings", id -> checks.checkReport(id)),
                Map.entry("narrative", id -> checks.narrative(id)),
                Map.entry("available actions", id -> workflow.availableActions(id)),
                Map.entry("submit", id -> workflow.submit(id, null)),
                Map.entry("withdraw", id -> workflow.withdraw(id, null)),
                Map.entry("pass", id -> workflow.pass(id, null)),
                Map.entry("approve", id -> workflow.approve(id, null)),
                Map.entry("return", id -> workflow.returnReport(id, "理由", null)),
                Map.entry("publish", id -> workflow.publish(id)),
                Map.entry("published page", id -> reports.publishedDetails(id)),
                Map.entry("tables workbook", id -> workbooks.export(id)),
                Map.entry("import tables", id -> workbooks.importTables(id, 0, new byte[0])),
                Map.entry("evidence list", id -> evidence.list(id)),
                Map.entry("evidence download", id -> evidence.download(id, evidenceFile)),
                Map.entry("evidence upload", id -> evidence.upload(id, "a.pdf", PDF, null)),
                Map.entry("evidence delete", id -> evidence.delete(id, evidenceFile)),
                Map.entry("monitoring report", id -> monitoring.report(monitoringRound, monitoringReport)),
                Map.entry("monitoring submit", id -> monitoring.submit(monitoringRound, monitoringReport)));
        List<DynamicTest> cases = new ArrayList<>();
        for (String user : OUTSIDERS) {
            for (var service : services.entrySet()) {
                cases.add(DynamicTest.dynamicTest(user + " → " + service.getKey(), () -> {
                    Throwable refused = catchRefusal(() -> as.run(user, () -> service.getValue().accept(target)));
                    assertThat(refused).as(user + " " + service.getKey()).isNotNull()
                            .isInstanceOfAny(cn.perfeval.base.NotFoundException.class, AccessDeniedException.class,
                                    ActionRefusedException.class);
                }));
            }
        }
        return cases.stream();
    }

    private MockHttpServletResponse call(String path, String user) throws Exception {
        String method = path.substring(0, path.indexOf(' '));
        String url = switch (path) {
            case "GET report" -> "/api/reports/" + target;
            case "GET history" -> "/api/reports/" + target + "/history";
            case "GET findings" -> "/api/reports/" + target + "/findings";
            case "GET pdf before publication" -> "/public/reports/" + target + ".pdf";
            case "PUT tables.xlsx" -> "/api/reports/" + target + "/tables.xlsx?version=0";
            case "GET evidence file", "DELETE evidence file" -> "/api/reports/" + target + "/evidence/" + evidenceFile;
            case "GET monitoring report" -> monitoringPath();
            case "POST monitoring submit" -> monitoringPath() + "/submit";
            default -> "/api/reports/" + target + "/" + path.substring(path.indexOf(' ') + 1);
        };
        AbstractMockHttpServletRequestBuilder<?> request = switch (method) {
            case "GET" -> get(url);
            case "PUT" -> put(url).content(new byte[] {'P', 'K'});
            case "DELETE" -> delete(url);
            default -> path.equals("POST evidence")
                    ? multipart(url).file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                    : post(url).contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"理由\"}");
        };
        if (user != null) {
            request = request.with(httpBasic(user, PASSWORD));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String monitoringPath() {
        return "/api/monitoring/rounds/" + monitoringRound + "/reports/" + monitoringReport;
    }

    private static Throwable catchRefusal(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
