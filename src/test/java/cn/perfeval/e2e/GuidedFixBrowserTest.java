package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.Formats;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo report's 13.17 (expenditure rows 21099 / 2109999 the income table lacks) repaired from
 * the drafting page in one confirmation, in a real headless Chromium at 1440x900.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GuidedFixBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    JsonMapper json;

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
            Files.copy(shot.toPath(), new File("target/screenshots/guided-fix-last.png").toPath(),
                    StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void the_demo_reports_13_17_is_repaired_in_one_confirmation_and_its_finding_is_gone() {
        ReportDocument demo = TestDocuments.fixture(json, "miyi-2022-department.json", TestDocuments.freshYear());
        long id = as.call("drafter", () -> reports.importDocument(demo)).id();

        // What the repair must do, worked out here from the document: the expenditure rows the income table
        // lacks, their amount (the highest missing row of the branch), and the figures they move.
        Set<String> incomeCodes = demo.income().stream().map(IncomeLine::code).collect(Collectors.toSet());
        List<ExpenditureLine> missing = demo.expenditure().stream().filter(l -> !incomeCodes.contains(l.code()))
                .toList();
        assertThat(missing).extracting(ExpenditureLine::code).containsExactly("21099", "2109999");
        BigDecimal amount = missing.getFirst().total();
        IncomeLine income210 = demo.income().stream().filter(l -> l.code().equals("210")).findFirst().orElseThrow();
        BigDecimal expected210 = income210.total().add(amount);
        BigDecimal expected210Fiscal = income210.fiscal().add(amount);
        BigDecimal expectedIncome = demo.totals().income().add(amount);
        BigDecimal expectedIncomeFiscal = demo.totals().incomeFiscal().add(amount);
        assertThat(expectedIncome).isEqualByComparingTo(demo.totals().expenditure());

        logIn("drafter");
        browser.get(url("/drafting/" + id));
        wait.until(d -> d.findElement(By.id("report-status")).getText().equals("填报中"));
        assertThat(summary()).startsWith("发现 3 项错误");

        String label = "添加缺少的收入科目 21099 / 2109999（" + Formats.money(amount) + " 元）";
        shot("guided-fix-offered");
        WebElement fix = wait.until(d -> d.findElements(By.cssSelector("#findings-fixes vaadin-button.guided-fix"))
                .stream().filter(b -> b.getText().strip().equals(label)).findFirst().orElse(null));
        scrollTo(fix);
        wait.until(ExpectedConditions.elementToBeClickable(fix)).click();

        // The dialog lists every cell it changes: two cells in each of the two new rows, 210's two, two totals.
        List<String> changes = wait.until(d -> {
            List<String> items = d.findElements(By.cssSelector("#fix-changes li")).stream().map(WebElement::getText)
                    .filter(t -> !t.isBlank()).toList();
            return items.size() == 8 ? items : null;
        });
        assertThat(changes).anyMatch(t -> t.contains("科目 210 卫生健康支出") && t.contains(Formats.money(expected210)));
        assertThat(changes).anyMatch(t -> t.contains("报表合计的收入合计") && t.contains(Formats.money(expectedIncome)));
        WebElement confirm = wait.until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().equals("确认修复并保存")).findFirst().orElse(null));
        shot("guided-fix-dialog");
        confirm.click();

        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(c -> c.getText().contains("已修复并保存")));
        wait.until(d -> summary().startsWith("发现 0 项错误"));
        assertThat(browser.findElements(By.cssSelector("#findings-fixes vaadin-button.guided-fix")))
                .extracting(b -> b.getDomProperty("textContent").strip())
                .noneMatch(t -> t.contains("添加缺少的收入科目"));

        // The page shows the new rows, and the stated totals as repaired.
        List<String> codes = wait.until(d -> {
            List<String> shown = d.findElements(By.cssSelector("#income-table vaadin-text-field input")).stream()
                    .map(i -> i.getDomProperty("value")).toList();
            return shown.contains("21099") ? shown : null;
        });
        assertThat(codes).contains("21099", "2109999");
        browser.findElement(By.id("nav-totals")).click();
        assertThat(amountIn("totals-income")).isEqualByComparingTo(expectedIncome);
        assertThat(amountIn("totals-incomeFiscal")).isEqualByComparingTo(expectedIncomeFiscal);

        ReportDocument stored = as.call("drafter", () -> reports.export(id));
        IncomeLine stored210 = stored.income().stream().filter(l -> l.code().equals("210")).findFirst().orElseThrow();
        assertThat(stored210.total()).isEqualByComparingTo(expected210);
        assertThat(stored210.fiscal()).isEqualByComparingTo(expected210Fiscal);
        assertThat(stored.income()).hasSize(demo.income().size() + 2);
        assertThat(stored.totals().income()).isEqualByComparingTo(expectedIncome);
        assertThat(stored.totals().incomeFiscal()).isEqualByComparingTo(expectedIncomeFiscal);
    }

    /** A picture of the page for people to look at (not a test). */
    private void shot(String name) {
        try {
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(new File("target/screenshots").toPath());
            Files.copy(shot.toPath(), new File("target/screenshots/" + name + ".png").toPath(),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String summary() {
        // Its text whether or not the side panel has scrolled it out of view.
        return browser.findElement(By.id("findings-summary")).getDomProperty("textContent").strip();
    }

    /** The amount a money field shows, its thousands separators left out. */
    private BigDecimal amountIn(String id) {
        String value = wait.until(d -> {
            List<WebElement> inputs = d.findElements(By.cssSelector("#" + id + " input"));
            String v = inputs.isEmpty() ? null : inputs.getFirst().getDomProperty("value");
            return v == null || v.isBlank() ? null : v;
        });
        return new BigDecimal(value.replace(",", ""));
    }

    private void scrollTo(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }

    private void logIn(String user) {
        browser.get(url("/login"));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("Perfeval#2026");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
