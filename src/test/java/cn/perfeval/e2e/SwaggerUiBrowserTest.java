package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Swagger UI in a real headless Chromium: after signing in on the portal it lists the API's
 * operations (read from {@code /v3/api-docs} with the portal's session), under the portal's
 * Content-Security-Policy, which refuses nothing it loads.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SwaggerUiBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void close_the_browser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_signed_in_user_sees_every_operation_in_swagger_ui_and_the_page_policy_refuses_nothing() throws Exception {
        browser = Chromium.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/login");
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        name.sendKeys("drafter");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("Perfeval#2026");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

        browser.get("http://localhost:" + port + "/swagger-ui/index.html");
        try {
            wait.until(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/screenshots/swagger-ui-last.html"),
                    browser.getCurrentUrl() + "\n" + browser.getPageSource() + "\n"
                            + browser.manage().logs().get(LogType.BROWSER).getAll());
            throw e;
        }
        assertThat(browser.findElements(By.cssSelector(".opblock"))).hasSizeGreaterThan(30);
        assertThat(browser.findElement(By.cssSelector(".information-container")).getText()).contains("预算绩效自评 API");
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")).stream().map(WebElement::getText))
                .contains("/api/reports", "/api/tokens");
        List<LogEntry> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> e.getMessage().contains("Content Security Policy")).toList();
        assertThat(refused).extracting(LogEntry::getMessage).isEmpty();
    }
}
