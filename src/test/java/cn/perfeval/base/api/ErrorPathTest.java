package cn.perfeval.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Over real HTTP: errors reach their body without a login, and the PDF address never answers a page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPathTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_error_path_answers_without_a_login_instead_of_an_empty_403() throws Exception {
        HttpResponse<String> response = get("/error");
        assertThat(response.statusCode()).isNotEqualTo(403).isNotEqualTo(302);
        assertThat(response.body()).isNotBlank();
    }

    @Test
    void the_pdf_of_a_report_that_is_not_published_is_a_404_problem_not_a_page() throws Exception {
        HttpResponse<String> response = get("/public/reports/987654321.pdf");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
                assertThat(v).contains("application/problem+json"));
        assertThat(response.body()).contains("未找到").doesNotContain("<html");
    }

    @Test
    void the_pdf_address_with_an_id_that_is_not_a_number_is_a_400_problem_not_a_page() throws Exception {
        HttpResponse<String> response = get("/public/reports/abc.pdf");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<html");
    }
}
