package cn.perfeval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.support.TestAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The login bounce, over real HTTP: the login gives the session a new id, while requests the
 * login page's browser sent with the old id are still on their way (the service worker's
 * precache of {@code /} and {@code /offline-stub.html}, the page it follows a redirect to, the
 * web manifest). Answered with a fresh anonymous session, their cookie replaced the signed-in
 * one and the next page was the login page again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginBounceTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void requests_sent_with_the_login_pages_session_before_the_login_answered_do_not_replace_the_signed_in_session()
            throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")));
        String loginPage = sessionCookie(page);
        assertThat(loginPage).isNotNull();
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=drafter&password=" + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(url("/login")).header("Cookie", "JSESSIONID=" + loginPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        String signedIn = sessionCookie(login);
        assertThat(signedIn).isNotNull().isNotEqualTo(loginPage);

        String worker = "http://localhost:" + port + "/sw.js";
        HttpResponse<String> precachedLogin = send(late(loginPage, "/login").header("Referer", worker));
        HttpResponse<String> precachedStub = send(late(loginPage, "/offline-stub.html").header("Referer", worker));
        HttpResponse<String> manifest = send(late(loginPage, "/manifest.webmanifest"));
        HttpResponse<String> navigation = send(late(loginPage, "/").header("Sec-Fetch-Mode", "navigate"));

        assertThat(sessionCookie(precachedLogin)).as("cookie given to the service worker's /login").isNull();
        assertThat(sessionCookie(precachedStub)).as("cookie given to the offline page").isNull();
        assertThat(sessionCookie(manifest)).as("cookie given to the web manifest").isNull();
        assertThat(sessionCookie(navigation)).as("cookie given to a page").isNull();
        assertThat(navigation.statusCode()).isEqualTo(303);
        assertThat(navigation.headers().firstValue("Location")).hasValue("/");

        HttpResponse<String> workbench = send(HttpRequest.newBuilder(url("/")).header("Cookie", "JSESSIONID=" + signedIn));
        assertThat(workbench.statusCode()).as("the signed-in session still opens the workbench").isEqualTo(200);
    }

    @Test
    void a_browser_whose_session_has_simply_expired_still_gets_a_new_one_for_the_login_page() throws Exception {
        HttpResponse<String> page = send(late("0123456789ABCDEF0123456789ABCDEF", "/login"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(page)).isNotNull();
    }

    private HttpRequest.Builder late(String session, String path) {
        return HttpRequest.newBuilder(url(path)).header("Cookie", "JSESSIONID=" + session);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElse(null);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
