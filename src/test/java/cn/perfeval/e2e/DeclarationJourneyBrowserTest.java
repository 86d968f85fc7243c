package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.declaration.Declarations;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.DeclarationWorkflow;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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
 * Performance targets approved by finance in a real headless Chromium, the self-evaluation started from them
 * showing them as approved, and a target changed through an import flagged on the drafter's page.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeclarationJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    DeclarationService declarations;
    @Autowired
    DeclarationWorkflow route;
    @Autowired
    ReportService reports;
    @Autowired
    JsonMapper json;
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
    void close_the_browser() throws Exception {
        if (browser != null) {
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(new File("target/screenshots").toPath());
            Files.copy(shot.toPath(), new File("target/screenshots/declaration-journey-last.png").toPath(),
                    StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void finance_approves_the_targets_the_drafter_sees_them_locked_and_a_target_changed_by_import_is_flagged()
            throws Exception {
        int year = TestDocuments.freshYear();
        DeclarationDocument p = Declarations.project();
        DeclarationDocument overall = new DeclarationDocument(p.formatVersion(), ReportKind.DEPARTMENT_OVERALL, year,
                p.unit(), p.department(), null, p.overallTarget(), p.funds(), Declarations.indicators());
        long id = as.call("drafter", () -> declarations.create(overall)).id();
        as.run("drafter", () -> route.submit(id, null));
        as.run("bureau", () -> route.pass(id, "同意报送。"));

        logIn("finance");
        browser.get(url("/declarations/" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("declaration-status"), "状态：财政批复中"));
        click("approve");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("declaration-status"), "状态：已批复"));
        assertThat(as.call("finance", () -> declarations.summary(id)).status()).isEqualTo(DeclarationStatus.APPROVED);
        logOut();

        long report = as.call("drafter",
                () -> reports.startFromDeclaration(year, ReportKind.DEPARTMENT_OVERALL, null)).id();
        logIn("drafter");
        browser.get(url("/drafting/" + report));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), "填报中"));
        click("nav-indicators");
        List<String> declared = overall.indicators().stream().map(DeclarationDocument.Indicator::target).toList();
        List<String> shown = wait.until(d -> {
            List<String> texts = d.findElements(By.cssSelector(".approved-target")).stream()
                    .map(e -> e.getDomProperty("textContent").strip()).toList();
            return texts.size() == declared.size() ? texts : null;
        });
        assertThat(shown).containsExactlyElementsOf(declared);
        assertThat(browser.findElements(By.cssSelector(".approved-target input"))).isEmpty();
        assertThat(findings()).doesNotContain("批复的绩效目标");

        String approved = declared.getFirst();
        ReportDocument stated = as.call("drafter", () -> reports.export(report));
        List<ReportDocument.Indicator> indicators = new ArrayList<>(stated.indicators());
        ReportDocument.Indicator first = indicators.getFirst();
        indicators.set(0, new ReportDocument.Indicator(first.level1(), first.level2(), first.name(), "≥1000人次",
                "救助1050人次", first.weight(), first.score(), first.deviationReason()));
        ReportDocument changed = new ReportDocument(stated.formatVersion(), stated.kind(), stated.year(), stated.unit(),
                stated.department(), stated.mainTasks(), stated.income(), stated.expenditure(), stated.totals(),
                stated.budget(), stated.threePublicExpenses(), stated.assets(), indicators, stated.projects(),
                stated.scoring(), stated.conclusion(), stated.problems(), stated.suggestions(), stated.resultUse(),
                stated.publication(), stated.project(), stated.narrative());
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/reports/"
                + report)))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("drafter:Perfeval#2026".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("If-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(changed))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        browser.navigate().refresh();
        wait.until(d -> findings().contains("≥1000人次"));
        assertThat(findings()).contains("救助人次").contains("“≥1000人次”")
                .contains("与批复的绩效目标“" + approved + "”（第1版批复）不一致");
    }

    private String findings() {
        List<WebElement> table = browser.findElements(By.id("findings"));
        return table.isEmpty() ? "" : table.getFirst().getDomProperty("textContent");
    }

    private void logIn(String user) {
        browser.get(url("/login"));
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("Perfeval#2026");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    private void logOut() {
        click("logout");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    /** Clicks the button once it is shown and enabled, scrolled into the middle of the window first. */
    private void click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
