package cn.perfeval.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.support.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Login, session cookie and page headers over real HTTP, as a browser or a forged form sees them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginAndCookieTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private URI at(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void a_login_posted_without_a_csrf_token_does_not_sign_the_browser_in() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(at("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=drafter&password="
                        + java.net.URLEncoder.encode(TestAccounts.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_secure_behind_a_tls_proxy() throws Exception {
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(at("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(plain.headers().allValues("Set-Cookie"))).contains("SameSite=Lax")
                .contains("HttpOnly").doesNotContain("Secure");

        HttpResponse<String> proxied = client.send(HttpRequest.newBuilder(at("/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(proxied.headers().allValues("Set-Cookie"))).contains("SameSite=Lax")
                .contains("Secure");
    }

    @Test
    void every_page_sends_a_content_security_policy_that_keeps_scripts_to_the_portal_and_forbids_framing()
            throws Exception {
        for (String path : new String[] {"/login", "/public", "/reports"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(at(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'")
                            .contains("object-src 'none'").doesNotContain("*"));
        }
    }

    private static String sessionCookie(List<String> cookies) {
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }
}
