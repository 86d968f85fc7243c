package cn.perfeval.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.support.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI document and Swagger UI over real HTTP on the portal's port (where Vaadin's
 * servlet answers every path that Spring MVC does not): for signed-in callers only, and listing
 * every {@code /api} mapping the application has.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDocumentationTests {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final JsonMapper json = JsonMapper.builder().build();
    private final RestClient http = RestClient.builder().defaultStatusHandler(status -> true, (req, res) -> { })
            .build();

    private ResponseEntity<String> get(String path, String authorization) {
        return http.get().uri("http://127.0.0.1:" + port + path)
                .headers(h -> {
                    if (authorization != null) {
                        h.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                }).retrieve().toEntity(String.class);
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + TestAccounts.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private JsonNode document(String authorization) {
        ResponseEntity<String> response = get("/v3/api-docs", authorization);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    @Test
    void an_anonymous_caller_gets_a_401_problem_and_no_document() {
        ResponseEntity<String> response = get("/v3/api-docs", null);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody()).doesNotContain("\"paths\"").doesNotContain("openapi");
        assertThat(get("/v3/api-docs", basic("nobody-" + System.nanoTime())).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void the_document_is_openapi_3_with_both_ways_to_sign_in_and_the_problem_schema() {
        JsonNode doc = document(basic("drafter"));
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        assertThat(doc.path("info").path("title").asString()).isEqualTo("预算绩效自评 API");
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        JsonNode problem = doc.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.has("title") && problem.has("detail") && problem.has("status") && problem.has("errors")
                && problem.has("requestId")).as(problem.toString()).isTrue();
        assertThat(doc.path("security").toString()).contains("basic").contains("bearer");
    }

    @Test
    void every_api_mapping_is_in_the_document_with_its_method_and_its_problem_answers() {
        JsonNode paths = document(basic("drafter")).path("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + path);
                        continue;
                    }
                    operations++;
                    JsonNode responses = operation.path("responses");
                    assertThat(responses.path("401").path("content").path("application/problem+json")
                            .path("schema").path("$ref").asString()).as(method + " " + path)
                            .isEqualTo("#/components/schemas/Problem");
                    assertThat(responses.has("500") && responses.has("503")).as(method + " " + path).isTrue();
                    if (path.contains("{")) {
                        assertThat(responses.has("404")).as(method + " " + path).isTrue();
                    }
                }
            }
        }
        assertThat(missing).as("mappings missing from /v3/api-docs").isEmpty();
        assertThat(operations).isGreaterThan(30);
        assertThat(paths.path("/api/reports").path("post").path("requestBody").path("content").isEmpty())
                .as("the import's request schema").isFalse();
        assertThat(paths.path("/api/reports/{id}").path("get").path("responses").path("200").path("content")
                .isEmpty()).as("the export's response schema").isFalse();
    }

    @Test
    void a_personal_access_token_reads_the_document_too_and_english_is_offered() {
        ResponseEntity<String> created = http.post().uri("http://127.0.0.1:" + port + "/api/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic("drafter"))
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .body("{\"name\": \"文档\", \"expiresInDays\": 1}").retrieve().toEntity(String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String token = json.readTree(created.getBody()).path("token").asString();

        JsonNode doc = document("Bearer " + token);
        assertThat(doc.path("paths").has("/api/reports")).isTrue();
        ResponseEntity<String> english = http.get().uri("http://127.0.0.1:" + port + "/v3/api-docs")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .retrieve().toEntity(String.class);
        assertThat(json.readTree(english.getBody()).path("info").path("title").asString())
                .isEqualTo("Budget performance self-evaluation API");
        assertThat(get("/v3/api-docs", "Bearer pe_not-a-token").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void swagger_ui_is_served_to_signed_in_users_and_sends_anonymous_visitors_to_the_login() {
        ResponseEntity<String> anonymous = get("/swagger-ui/index.html", null);
        assertThat(anonymous.getBody() == null ? "" : anonymous.getBody()).doesNotContain("swagger-ui-bundle.js");
        assertThat(anonymous.getStatusCode().value()).isNotEqualTo(200);
    }
}
