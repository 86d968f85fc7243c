package cn.perfeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.identity.AccessTokens;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Health, readiness, info and metrics on the management port, with the database behind a real
 * network connection (an H2 server) that the test takes away and gives back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "spring.datasource.hikari.connection-timeout=1500"})
@ActiveProfiles("test")
@DirtiesContext
class OperationsEndpointsTests {

    static Server database;
    static int databasePort;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            databasePort = free.getLocalPort();
        }
        startDatabase();
        String url = "jdbc:h2:tcp://127.0.0.1:" + databasePort + "/mem:ops-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> url);
    }

    static void startDatabase() throws SQLException {
        database = Server.createTcpServer("-tcpPort", String.valueOf(databasePort), "-ifNotExists").start();
    }

    @AfterAll
    static void stopDatabase() {
        database.stop();
    }

    @LocalManagementPort
    int managementPort;
    @LocalServerPort
    int portalPort;

    private final RestClient http = RestClient.builder().defaultStatusHandler(status -> true, (req, res) -> { })
            .build();

    private ResponseEntity<String> get(int port, String path) {
        return http.get().uri("http://127.0.0.1:" + port + path).retrieve().toEntity(String.class);
    }

    @Test
    void liveness_readiness_info_and_metrics_answer_on_the_management_port_without_login() {
        assertThat(get(managementPort, "/actuator/health/liveness").getBody()).contains("\"status\":\"UP\"");
        ResponseEntity<String> ready = get(managementPort, "/actuator/health/readiness");
        assertThat(ready.getStatusCode().value()).as(ready.getBody()).isEqualTo(200);
        assertThat(ready.getBody()).contains("\"readinessState\"").contains("\"db\"").contains("\"status\":\"UP\"");
        assertThat(get(managementPort, "/actuator/info").getBody()).contains("\"version\"");
        assertThat(get(managementPort, "/actuator/prometheus").getBody()).contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active").contains("http_server_requests_seconds");
    }

    @Autowired
    AsUser as;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    AccessTokens tokens;

    @Test
    void the_products_own_meters_count_reports_by_status_and_actions_by_kind() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.returnReport(id, "请补充", null));
        String metrics = get(managementPort, "/actuator/prometheus").getBody();
        assertThat(metrics).containsPattern("perfeval_actions_total\\{[^}]*action=\"SUBMIT\"[^}]*} [1-9]")
                .containsPattern("perfeval_actions_total\\{[^}]*action=\"RETURN\"[^}]*} [1-9]")
                .containsPattern("perfeval_actions_total\\{[^}]*action=\"CREATE\"[^}]*} [1-9]")
                .containsPattern("perfeval_reports\\{[^}]*status=\"DRAFTING\"[^}]*} [1-9]")
                .contains("status=\"PUBLISHED\"");
    }

    @Autowired
    ReportChecks checks;

    /** The value of a Prometheus sample whose name is {@code name} and whose labels include {@code label}; 0 if absent. */
    private double sample(String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*" + Pattern.quote(label) + "[^}]*})? (\\S+)$")
                .matcher(get(managementPort, "/actuator/prometheus").getBody());
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }

    @Test
    void check_runs_and_documents_refused_whole_are_counted_for_the_operator() {
        double runs = sample("perfeval_checks_seconds_count", "");
        double refused = sample("perfeval_imports_refused_total", "source=\"document\"");
        as.call("drafter", () -> checks.check(TestDocuments.small()));
        // A document of another department is refused whole.
        assertThatThrownBy(() -> as.call("drafter", () -> reports.importDocument(TestDocuments.smallOf("另一个单位"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(sample("perfeval_checks_seconds_count", "")).isGreaterThanOrEqualTo(runs + 1);
        assertThat(sample("perfeval_checks_seconds_sum", "")).isPositive();
        assertThat(sample("perfeval_imports_refused_total", "source=\"document\"")).isEqualTo(refused + 1);
    }

    @Test
    void the_workflow_engines_jobs_are_counted_by_state_for_the_operator() {
        String metrics = get(managementPort, "/actuator/prometheus").getBody();
        for (String state : new String[] {"timer", "async", "failed", "deadletter", "suspended"}) {
            assertThat(metrics).containsPattern("perfeval_flowable_jobs\\{[^}]*state=\"" + state + "\"[^}]*} [0-9]");
        }
        // The timers waiting in the engine's table (scheduled publications, declarations' overdue steps).
        Integer timers = jdbc.queryForObject("select count(*) from ACT_RU_TIMER_JOB", Integer.class);
        assertThat(sample("perfeval_flowable_jobs", "state=\"timer\"")).isEqualTo(timers.doubleValue());
        assertThat(metrics).containsPattern("perfeval_flowable_jobs\\{[^}]*state=\"deadletter\"[^}]*} 0");
        // The tests run without the job executor; the operator sees that it is not running.
        assertThat(metrics).containsPattern("perfeval_flowable_executor_active\\{[^}]*} 0");
    }

    @Test
    void the_portal_port_does_not_serve_the_actuator() {
        ResponseEntity<String> onPortal = get(portalPort, "/actuator/health");
        assertThat(onPortal.getBody() == null ? "" : onPortal.getBody()).doesNotContain("\"status\":\"UP\"");
        assertThat(onPortal.getStatusCode().value()).isNotEqualTo(200);
    }

    @Test
    void the_management_port_listens_on_the_loopback_interface_only() throws Exception {
        InetAddress outside = NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (java.net.SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "the machine has no other interface");
        try (Socket socket = new Socket()) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> socket.connect(
                    new InetSocketAddress(outside, managementPort), 2000))).isNotNull();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(outside, portalPort), 2000);
        }
    }

    @Test
    void while_the_database_is_unreachable_the_api_answers_503_with_a_problem_never_401_and_the_pdf_no_page()
            throws Exception {
        String token = as.call("drafter", () -> tokens.create("夜间同步", 30)).token();
        ResponseEntity<String> up = http.get().uri("http://127.0.0.1:" + portalPort + "/api/reports")
                .headers(h -> h.setBearerAuth(token)).retrieve().toEntity(String.class);
        assertThat(up.getStatusCode().value()).as(up.getBody()).isEqualTo(200);
        database.stop();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ResponseEntity<String> api = http.get().uri("http://127.0.0.1:" + portalPort + "/api/reports")
                        .headers(h -> h.setBasicAuth("drafter", "Perfeval#2026")).retrieve().toEntity(String.class);
                assertThat(api.getStatusCode().value()).as(api.getBody()).isEqualTo(503);
                assertThat(api.getBody()).contains("数据库暂时无法访问");
            });
            ResponseEntity<String> bearer = http.get().uri("http://127.0.0.1:" + portalPort + "/api/reports")
                    .headers(h -> h.setBearerAuth(token)).retrieve().toEntity(String.class);
            assertThat(bearer.getStatusCode().value()).as(bearer.getBody()).isEqualTo(503);
            assertThat(bearer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
            assertThat(bearer.getHeaders().getFirst("WWW-Authenticate")).isNull();
            assertThat(bearer.getBody()).contains("数据库暂时无法访问");
            ResponseEntity<String> pdf = get(portalPort, "/public/reports/1.pdf");
            assertThat(pdf.getStatusCode().value()).as(pdf.getBody()).isEqualTo(503);
            assertThat(pdf.getBody()).doesNotContain("<html");
        } finally {
            startDatabase();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(
                () -> assertThat(get(managementPort, "/actuator/health/readiness").getStatusCode().value())
                        .isEqualTo(200));
    }

    @Test
    void readiness_goes_down_while_the_database_is_unreachable_and_comes_back_with_it() throws Exception {
        database.stop();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ResponseEntity<String> down = get(managementPort, "/actuator/health/readiness");
                assertThat(down.getStatusCode().value()).isEqualTo(503);
                assertThat(down.getBody()).contains("\"status\":\"DOWN\"");
            });
            assertThat(get(managementPort, "/actuator/health/liveness").getStatusCode().value()).isEqualTo(200);
        } finally {
            startDatabase();
        }
        // Polled once a second: the pool checks a connection that has been idle for half a second
        // before handing it out, and so lets go of the ones the outage broke.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(
                () -> assertThat(get(managementPort, "/actuator/health/readiness").getStatusCode().value())
                        .isEqualTo(200));
    }
}
