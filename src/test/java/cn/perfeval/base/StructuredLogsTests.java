package cn.perfeval.base;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.support.TestAccounts;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The logs as an operator ships them with the switch on ({@code logging.structured.format.console=ecs}):
 * one JSON object a line, every line of a request with its {@code requestId} and the signed-in
 * {@code user}, and never a password or a token, even where Spring's web and security layers log
 * each step of a request (debug).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.structured.format.console=ecs",
        "logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG",
        "logging.level.org.springframework.security.web=DEBUG"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTests {

    @LocalServerPort
    int port;

    /**
     * Logging is set up once per JVM, by the first application context that starts; in a suite that
     * is another test's context, without the switch. Undone here, so that this test's context sets
     * it up with the switch on, as a portal started with it does; and undone again after, so that
     * the next context sets it up as its own settings say.
     */
    @BeforeAll
    @AfterAll
    static void letTheNextContextSetUpLogging() {
        LoggingSystem.get(StructuredLogsTests.class.getClassLoader()).cleanUp();
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final RestClient http = RestClient.builder().defaultStatusHandler(status -> true, (req, res) -> { })
            .build();

    private ResponseEntity<String> get(String path, String authorization) {
        return http.get().uri("http://127.0.0.1:" + port + path)
                .header(HttpHeaders.AUTHORIZATION, authorization).retrieve().toEntity(String.class);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON lines of one request, by the id it answered with. */
    private List<JsonNode> linesOf(CapturedOutput output, String requestId) {
        return output.getOut().lines().filter(line -> line.contains(requestId)).map(json::readTree).toList();
    }

    @Test
    void every_line_of_a_signed_in_request_carries_its_request_id_and_the_username_and_nothing_else_personal(
            CapturedOutput output) {
        ResponseEntity<String> response = get("/api/reports", basic("drafter", TestAccounts.PASSWORD));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        String requestId = response.getHeaders().getFirst("X-Request-Id");
        assertThat(requestId).isNotBlank();

        List<JsonNode> lines = linesOf(output, requestId);
        assertThat(lines).as("the request's lines").isNotEmpty();
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.path("requestId").asString()).isEqualTo(requestId);
            assertThat(line.path("message").isMissingNode()).isFalse();
        });
        assertThat(lines).as("lines logged once the caller is known")
                .anySatisfy(line -> assertThat(line.path("user").asString()).isEqualTo("drafter"));
        assertThat(output.getOut()).doesNotContain(TestAccounts.PASSWORD)
                .doesNotContain(Base64.getEncoder().encodeToString(("drafter:" + TestAccounts.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_failed_sign_in_logs_its_request_but_never_the_password_or_the_token_tried(CapturedOutput output) {
        String password = "Wrong#" + UUID.randomUUID();
        ResponseEntity<String> refused = get("/api/reports", basic("drafter", password));
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        String token = "pe_" + UUID.randomUUID().toString().replace("-", "");
        ResponseEntity<String> badToken = get("/api/reports", "Bearer " + token);
        assertThat(badToken.getStatusCode().value()).isEqualTo(401);

        assertThat(linesOf(output, refused.getHeaders().getFirst("X-Request-Id"))).isNotEmpty()
                .allSatisfy(line -> assertThat(line.has("user")).as(line.toString()).isFalse());
        assertThat(output.getAll()).doesNotContain(password).doesNotContain(token)
                .doesNotContain(token.substring(3));
    }

    @Test
    void a_well_formed_request_id_from_a_proxy_is_kept_and_anything_else_replaced(CapturedOutput output) {
        ResponseEntity<String> kept = http.get().uri("http://127.0.0.1:" + port + "/api/reports")
                .header(HttpHeaders.AUTHORIZATION, basic("drafter", TestAccounts.PASSWORD))
                .header("X-Request-Id", "proxy-4f1c2a9b").retrieve().toEntity(String.class);
        assertThat(kept.getHeaders().getFirst("X-Request-Id")).isEqualTo("proxy-4f1c2a9b");
        assertThat(linesOf(output, "proxy-4f1c2a9b")).isNotEmpty();

        ResponseEntity<String> replaced = http.get().uri("http://127.0.0.1:" + port + "/api/reports")
                .header(HttpHeaders.AUTHORIZATION, basic("drafter", TestAccounts.PASSWORD))
                .header("X-Request-Id", "x\"}{\"user\":\"admin").retrieve().toEntity(String.class);
        assertThat(replaced.getHeaders().getFirst("X-Request-Id")).matches("[0-9a-f]{12}");
    }
}
