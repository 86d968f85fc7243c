package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The drafter's report page in a real headless Chromium at 1440x900: one part shown at a time, and
 * a new row typed at keyboard speed that never lands in another row.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportPageBrowserTest {

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
        browser.manage().window().setSize(new Dimension(1440, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void close_the_browser() throws Exception {
        if (browser != null) {
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(new File("target/screenshots").toPath());
            Files.copy(shot.toPath(), new File("target/screenshots/report-page-last.png").toPath(),
                    StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void a_new_income_row_typed_at_keyboard_speed_changes_no_other_row_and_the_focus_follows_it() {
        ReportDocument small = TestDocuments.small();
        List<IncomeLine> income = List.of(
                new IncomeLine("210", "卫生健康支出", new BigDecimal("1000.50"), new BigDecimal("1000.50"), null),
                new IncomeLine("21013", "医疗救助", new BigDecimal("1000.50"), new BigDecimal("1000.50"), null),
                new IncomeLine("2101301", "城乡医疗救助", new BigDecimal("600.00"), new BigDecimal("600.00"), null),
                new IncomeLine("2101399", "其他医疗救助支出", new BigDecimal("400.50"), new BigDecimal("400.50"), null),
                new IncomeLine("2240101", "行政运行", new BigDecimal("5.00"), new BigDecimal("5.00"), null));
        ReportDocument document = new ReportDocument(small.formatVersion(), small.kind(), small.year(), small.unit(),
                small.department(), small.mainTasks(), income, small.expenditure(), small.totals(), null, null, null,
                null, null, null, small.conclusion(), null, null, null, small.publication());
        long id = as.call("drafter", () -> reports.importDocument(document)).id();

        logIn("drafter");
        browser.get(url("/drafting/" + id));
        waitForStatus("填报中");
        assertThat(browser.findElements(By.id("income-table"))).isEmpty();
        click("nav-income");
        visible(By.id("income-table"));
        assertThat(browser.findElements(By.id("section-basic"))).allSatisfy(s -> assertThat(s.isDisplayed()).isFalse());

        // 新增行: the new row's code field takes the focus; code, Tab, name, Enter typed in one go.
        click("income-add-row");
        wait.until(d -> {
            WebElement active = d.switchTo().activeElement();
            return "input".equals(active.getTagName()) && "".equals(active.getDomProperty("value"))
                    && insideGrid(active, "income-table");
        });
        browser.switchTo().activeElement().sendKeys("2101302", Keys.TAB, "新增科目", Keys.ENTER);
        waitUntilIdle();

        // The row took its place under 21013 and the focus followed it: the next keys go into that row.
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getDomProperty("value")).isEqualTo("新增科目");
        focused.sendKeys(Keys.TAB, "12.34", Keys.TAB);
        waitUntilIdle();
        click("save");
        wait.until(d -> notificationSays("已保存"));

        List<IncomeLine> stored = as.call("drafter", () -> reports.details(id)).document().income();
        List<IncomeLine> expected = new ArrayList<>(income);
        expected.add(new IncomeLine("2101302", "新增科目", new BigDecimal("12.34"), null, null));
        assertThat(stored).hasSize(6);
        for (int i = 0; i < expected.size(); i++) {
            IncomeLine want = expected.get(i);
            IncomeLine got = stored.get(i);
            assertThat(got.code()).as("code of row %d", i + 1).isEqualTo(want.code());
            assertThat(got.name()).as("name of row %d", i + 1).isEqualTo(want.name());
            assertThat(got.total()).as("total of row %d", i + 1).isEqualByComparingTo(want.total());
        }
        List<String> names = wait.until(d -> {
            List<String> shown = d.findElements(By.cssSelector("#income-table vaadin-text-field input")).stream()
                    .map(i -> i.getDomProperty("value")).filter(v -> !v.matches("\\d*")).toList();
            return shown.size() == 6 ? shown : null;
        });
        assertThat(names).containsExactlyInAnyOrder("卫生健康支出", "医疗救助", "城乡医疗救助", "其他医疗救助支出", "新增科目",
                "行政运行");
    }

    private boolean insideGrid(WebElement element, String gridId) {
        return Boolean.TRUE.equals(browser.executeScript(
                "return !!arguments[0].closest('#' + arguments[1]);", element, gridId));
    }

    /** Waits until the Vaadin client has no request in flight, twice a frame apart. */
    private void waitUntilIdle() {
        wait.until(d -> Boolean.TRUE.equals(browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const idle = () => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
                if (!idle()) { done(false); return; }
                requestAnimationFrame(() => setTimeout(() => done(idle()), 50));
                """)));
    }

    private boolean notificationSays(String text) {
        return browser.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(c -> c.getText().contains(text));
    }

    private void logIn(String user) {
        browser.get(url("/login"));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("Perfeval#2026");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    private void click(String id) {
        WebElement element = visible(By.id(id));
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private WebElement visible(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        return wait.until(ExpectedConditions.visibilityOf(element));
    }

    private void waitForStatus(String status) {
        wait.until(d -> d.findElement(By.id("report-status")).getText().equals(status));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
