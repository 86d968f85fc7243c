package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.tracking.RoundInfo;
import cn.perfeval.tracking.RoundService;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A report's whole route as its users live it, in a real headless Chromium. */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    RoundService rounds;

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
            Files.copy(shot.toPath(), new File("target/screenshots/journey-last.png").toPath(),
                    StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void drafter_submits_bureau_passes_finance_approves_drafter_publishes_and_the_public_reads_it_and_downloads_the_pdf() throws Exception {
        ReportDocument document = TestDocuments.small();
        long id = as.call("drafter", () -> reports.importDocument(document)).id();

        java.time.LocalDate deadline = java.time.LocalDate.of(java.time.LocalDate.now().getYear() + 1, 3, 31);
        logIn("admin");
        browser.get(url("/admin/rounds"));
        WebElement roundYear = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#round-year input")));
        roundYear.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(document.year()), Keys.TAB);
        browser.findElement(By.cssSelector("#round-name input")).sendKeys(document.year() + "年度部门整体支出绩效自评",
                Keys.TAB);
        browser.executeScript("const p = arguments[0]; p.value = arguments[1];"
                + "p.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                browser.findElement(By.id("round-deadline")), deadline.toString());
        WebElement region = browser.findElement(By.cssSelector("#round-region input"));
        region.sendKeys("米易县");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        region.sendKeys(Keys.ENTER);
        click("round-open");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("round-close-" + document.year())));
        RoundInfo round = as.call("admin", () -> rounds.list()).stream().filter(r -> r.year() == document.year())
                .findFirst().orElseThrow();
        assertThat(round.open()).isTrue();
        assertThat(round.deadline()).isEqualTo(deadline);
        assertThat(round.departments()).isEqualTo(2);
        assertThat(round.openedBy()).isEqualTo("admin");
        logOut();

        logIn("drafter");
        WebElement open = wait.until(ExpectedConditions.elementToBeClickable(By.id("open-" + id)));
        open.click();
        click("submit");
        waitForStatus("局审核中");
        logOut();

        logIn("bureau");
        browser.get(url("/bureau-review/" + id));
        waitForStatus("局审核中");
        click("pass");
        waitForStatus("财政审核中");
        logOut();

        logIn("finance");
        browser.get(url("/sign-off/" + id));
        waitForStatus("财政审核中");
        click("approve");
        waitForStatus("已审批待公开");
        logOut();

        logIn("drafter");
        browser.get(url("/publish/" + id));
        waitForStatus("已审批待公开");
        click("publish");
        click("confirm-publish");
        waitForStatus("已公开");
        logOut();

        browser.get(url("/public"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='public/reports/" + id + "']")))
                .click();
        WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.report-doc h1")));
        int year = reports.published().stream().filter(r -> r.id() == id).findFirst().orElseThrow().year();
        assertThat(title.getText()).isEqualTo(year + "年部门整体支出绩效自评报告");
        assertThat(browser.findElement(By.cssSelector("article.report-doc .report-department")).getText())
                .isEqualTo("米易县医疗保障局");
        assertThat(browser.findElement(By.cssSelector("article.report-doc")).getText()).contains("一、部门基本情况")
                .contains("公开日期");
        assertThat(browser.getCurrentUrl()).endsWith("/public/reports/" + id);
        assertThat(browser.findElement(By.id("report-pdf")).getAttribute("href"))
                .endsWith("/public/reports/" + id + ".pdf");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/public/reports/" + id + ".pdf"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
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

    /** Clicks once the element takes the click: an overlay that is still closing may hold it a moment. */
    private void click(String id) {
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private void waitForStatus(String status) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), status));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
