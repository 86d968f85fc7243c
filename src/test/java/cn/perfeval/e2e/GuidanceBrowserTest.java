package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real headless Chromium: logins one after the other land on the workbench, never back on
 * the login page, and the top bar names the person; letters typed into a money cell stay visible and the cell says what is wrong.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GuidanceBrowserTest {

    private static final int LOGINS = 50;

    @LocalServerPort
    int port;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open_the_browser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void close_the_browser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Each login as a new visitor: the browser forgets the portal (cookies, storage, caches and the
     * service worker) before each one, so the portal's service worker installs and precaches pages,
     * and the browser fetches the web manifest, while the user signs in. Those requests carry the
     * login page's session id; before the fix, the ones answered after the login replaced the
     * signed-in session's cookie (see {@code LoginBounceTests}).
     */
    @Test
    void fifty_logins_in_a_row_each_land_signed_in_and_none_bounces_back_to_the_login_page() {
        int bounced = 0;
        for (int i = 0; i < LOGINS; i++) {
            if (i > 0) {
                Chromium.forget(browser, url(""));
            }
            browser.get(url("/login"));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                    .sendKeys("drafter");
            browser.findElement(By.cssSelector("input[name='password']")).sendKeys("Perfeval#2026", Keys.ENTER);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), "张填报"));
            } catch (TimeoutException e) {
                bounced++;
                System.out.println("Login " + (i + 1) + " bounced to " + browser.getCurrentUrl());
            }
        }
        System.out.println("Logins: " + LOGINS + ", landed back on the login page: " + bounced);
        assertThat(bounced).isZero();
    }

    @Test
    void letters_typed_into_a_money_cell_stay_and_the_cell_says_only_a_number_can_go_there() {
        long id = as.call("drafter", () -> reports.importDocument(TestDocuments.small())).id();
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys("drafter");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("Perfeval#2026", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), "张填报"));
        browser.get(url("/drafting/" + id));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-income"))).click();
        WebElement cell = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#income-table vaadin-big-decimal-field input")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", cell);
        cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12a3", Keys.TAB);

        wait.until(d -> cell.getDomProperty("value").equals("12a3"));
        WebElement field = browser.findElement(By.cssSelector("#income-table vaadin-big-decimal-field"));
        wait.until(d -> field.getAttribute("invalid") != null);
        assertThat(field.findElement(By.cssSelector("[slot='error-message']")).getText())
                .isEqualTo("这里只能填写数字（如 1234.56），请删去字母或其他文字。");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
