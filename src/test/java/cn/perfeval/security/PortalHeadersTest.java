package cn.perfeval.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestAccounts;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal's pages and the API over real HTTP: no caching, no framing, no referrer to other
 * sites; HSTS when the request came over TLS (a proxy's {@code X-Forwarded-Proto: https}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    AsUser as;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;

    @Test
    void the_login_and_public_pages_forbid_caching_and_framing() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/login", "/public"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(v ->
                    assertThat(v).contains("no-store"));
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void behind_a_tls_proxy_pages_and_the_api_send_hsts_and_plain_http_does_not() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/login", "/public", "/api/reports"}) {
            HttpResponse<String> tls = client.send(signedIn(path).header("X-Forwarded-Proto", "https").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tls.statusCode()).as(path).isEqualTo(200);
            assertThat(tls.headers().firstValue("Strict-Transport-Security")).as(path).hasValueSatisfying(v ->
                    assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
            HttpResponse<String> plain = client.send(signedIn(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void the_apis_answers_and_refusals_are_never_stored_while_the_public_pdf_keeps_its_own_caching() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long id = publish(TestDocuments.small());
        String[][] requests = {{"/api/reports", "drafter"}, {"/api/reports/" + id, "drafter"},
            {"/api/reports/" + id + "/history", "drafter"}, {"/api/reports", null}, {"/api/reports/999999999", "drafter"}};
        for (String[] request : requests) {
            HttpRequest.Builder builder = request[1] == null
                    ? HttpRequest.newBuilder(URI.create("http://localhost:" + port + request[0]))
                    : signedIn(request[0]);
            HttpResponse<String> response = client.send(builder.header("X-Forwarded-Proto", "https").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Cache-Control")).as(request[0] + " " + response.statusCode())
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
        HttpResponse<byte[]> pdf = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/public/reports/" + id + ".pdf")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValueSatisfying(v ->
                assertThat(v).contains("max-age=600").contains("public").doesNotContain("no-store"));
        assertThat(pdf.headers().firstValue("ETag")).isPresent();
        assertThat(pdf.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private HttpRequest.Builder signedIn(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (path.startsWith("/api/")) {
            String basic = java.util.Base64.getEncoder().encodeToString(("drafter:" + TestAccounts.PASSWORD)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + basic);
        }
        return builder;
    }

    private long publish(ReportDocument document) {
        long id = as.call("drafter", () -> reports.importDocument(document)).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        as.run("drafter", () -> workflow.publish(id));
        return id;
    }

    @Test
    void a_report_page_without_login_leads_to_the_login_page() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/reports/1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).contains("/login"));
    }
}
