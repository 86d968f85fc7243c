package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.perfeval.report.ReportAction;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.RouteNote;
import cn.perfeval.review.PinAnchor;
import cn.perfeval.review.ReviewComment;
import cn.perfeval.review.ReviewComments;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
 * Finance pins a comment to a row, returns the report asking for it straight back, the drafter
 * corrects the figure the pin is about and resubmits, and finance sees the change and approves:
 * in a real headless Chromium.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReturnWithPinJourneyBrowserTest {

    private static final String PIN_TEXT = "基本支出划分有误";
    private static final String REASON = "支出表210的基本支出与项目支出划分有误，请按批注修改";

    @LocalServerPort
    int port;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReviewComments comments;
    @Autowired
    AsUser as;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void open_the_browser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void close_the_browser() throws Exception {
        if (browser != null) {
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(new File("target/screenshots").toPath());
            Files.copy(shot.toPath(), new File("target/screenshots/return-with-pin-last.png").toPath(),
                    StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void finance_pins_a_row_and_returns_it_straight_back_the_drafter_corrects_that_row_and_finance_sees_the_change_and_approves() {
        ReportDocument document = TestDocuments.small();
        long id = as.call("drafter", () -> reports.importDocument(document)).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));

        // Finance selects the expenditure row 210, pins a comment to it and returns the report, asking for it back.
        logIn("finance");
        browser.get(url("/sign-off/" + id));
        waitForStatus("财政审核中");
        click("nav-expenditure");
        clickInView(cellOf("expenditure-table", "卫生健康支出"));
        typeInto(By.cssSelector("#new-comment textarea"), PIN_TEXT);
        click("pin-here");
        waitForText(By.id("open-pins-title"), "未解决的批注（1）");
        ReviewComment pin = as.call("finance", () -> comments.openPins(id)).getFirst();
        assertThat(pin.pin()).isEqualTo(PinAnchor.row("expenditure", "210"));
        assertThat(visible(By.id("pin-" + pin.id())).getText()).isEqualTo("支出表 · 210");

        click("return");
        typeInto(By.cssSelector("#return-reason textarea"), REASON);
        WebElement backToMe = visible(By.id("back-to-me"));
        assertThat(backToMe.getText()).contains("修改后直接退回给我");
        clickInView(backToMe);
        wait.until(d -> d.findElement(By.id("back-to-me")).getDomAttribute("checked") != null);
        click("confirm-return");
        waitForStatus("填报中");
        logOut();

        // The drafter finds the pin on the row, answers and resolves it, corrects the row's split and submits.
        logIn("drafter");
        browser.get(url("/drafting/" + id));
        waitForStatus("填报中");
        assertThat(visible(By.id("nav-expenditure")).getDomAttribute("aria-current")).isEqualTo("true");
        WebElement pinMark = visible(By.cssSelector("#expenditure-table .mark-error"));
        assertThat(pinMark.getText()).isEqualTo("finance：" + PIN_TEXT);
        assertThat(pinMark.getDomAttribute("data-mark")).isEqualTo("expenditure|210|");
        assertThat(shownText(visible(By.id("open-pins")))).contains("未解决的批注（1）").contains(PIN_TEXT);
        assertThat(visible(By.id("open-pin-" + pin.id())).getText()).isEqualTo("支出表 · 210");

        click("answer-" + pin.id());
        typeInto(By.cssSelector("#answer-text-" + pin.id() + " textarea"), "已按批复调整基本支出与项目支出");
        click("send-answer-" + pin.id());
        wait.until(d -> shownText(d.findElement(By.id("comment-thread"))).contains("已按批复调整基本支出与项目支出"));
        click("resolve-" + pin.id());
        waitForText(By.id("state-" + pin.id()), "已解决（drafter，");
        waitForText(By.id("open-pins-title"), "未解决的批注（0）");

        retype(moneyField("expenditure-table", "200.25"), "300.25");
        retype(moneyField("expenditure-table", "800.25"), "700.25");
        click("save");
        wait.until(d -> notificationSays("已保存"));
        click("submit");
        waitForStatus("财政审核中");
        logOut();

        // Finance sees what changed, in the changes panel and on the row, and approves.
        logIn("finance");
        browser.get(url("/sign-off/" + id));
        waitForStatus("财政审核中");
        WebElement changes = visible(By.id("changes"));
        assertThat(visible(By.id("changes-title")).getText()).isEqualTo("自第1轮以来的变化");
        List<String> figures = changes.findElements(By.cssSelector("#changes-expenditure .change-figure")).stream()
                .map(this::shownText).toList();
        assertThat(figures).containsExactlyInAnyOrder(
                "210 卫生健康支出 · 基本支出： 200.25 元 → 300.25 元 （+100.00 元）",
                "210 卫生健康支出 · 项目支出： 800.25 元 → 700.25 元 （-100.00 元）");
        assertThat(visible(By.id("nav-marks-expenditure")).getText()).isEqualTo("2");
        click("nav-expenditure");
        List<WebElement> marks = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#expenditure-table .mark-warning"), 2));
        marks.forEach(m -> wait.until(ExpectedConditions.visibilityOf(m)));
        assertThat(marks).extracting(m -> m.getDomAttribute("data-mark"))
                .containsExactlyInAnyOrder("expenditure|210|basic", "expenditure|210|project");
        assertThat(marks).extracting(this::shownText).allSatisfy(t -> assertThat(t).contains(" → "))
                .anySatisfy(t -> assertThat(t).startsWith("200.25 元 → 300"))
                .anySatisfy(t -> assertThat(t).startsWith("800.25 元 → 700"));
        assertThat(browser.findElements(By.cssSelector("#expenditure-table .mark-error"))).isEmpty();
        assertThat(shownText(visible(By.id("history")))).contains("修改后直接退回财政审核")
                .contains("直接报财政审核，跳过已通过的环节").contains(REASON);

        click("approve");
        waitForStatus("已审批待公开");
        logOut();

        assertThat(as.call("finance", () -> reports.summary(id)).status()).isEqualTo(ReportStatus.APPROVED);
        ReportDocument stored = as.call("finance", () -> reports.details(id)).document();
        assertThat(stored.expenditure().getFirst().basic()).isEqualByComparingTo(new BigDecimal("300.25"));
        assertThat(stored.expenditure().getFirst().project()).isEqualByComparingTo(new BigDecimal("700.25"));
        List<ReportHistoryEntry> history = as.call("finance", () -> reports.history(id));
        assertThat(history).extracting(ReportHistoryEntry::user, ReportHistoryEntry::action,
                ReportHistoryEntry::toStatus, ReportHistoryEntry::note).containsSubsequence(
                tuple("finance", ReportAction.RETURN, ReportStatus.DRAFTING,
                        RouteNote.BACK_TO_FINANCE),
                tuple("drafter", ReportAction.SUBMIT, ReportStatus.FINANCE_REVIEW,
                        RouteNote.STRAIGHT_BACK_TO_FINANCE),
                tuple("finance", ReportAction.APPROVE, ReportStatus.APPROVED, null));
        assertThat(history).filteredOn(e -> e.action() == ReportAction.RETURN).singleElement()
                .satisfies(e -> assertThat(e.comment()).isEqualTo(REASON));
        assertThat(history).filteredOn(e -> e.toStatus() == ReportStatus.BUREAU_REVIEW).hasSize(1);
    }

    /** The grid cell of a table whose text is {@code text} (a grid's cells are slotted into its light DOM). */
    private WebElement cellOf(String grid, String text) {
        return wait.until(d -> d.findElements(By.cssSelector("#" + grid + " vaadin-grid-cell-content")).stream()
                .filter(c -> text.equals(c.getDomProperty("textContent").strip())).findFirst().orElse(null));
    }

    /** The input of the money field of a table that shows {@code value} now. */
    private WebElement moneyField(String grid, String value) {
        return wait.until(d -> d.findElements(By.cssSelector("#" + grid + " vaadin-big-decimal-field input")).stream()
                .filter(i -> value.equals(i.getDomProperty("value"))).findFirst().orElse(null));
    }

    private void retype(WebElement input, String value) {
        clickInView(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        wait.until(d -> value.equals(input.getDomProperty("value")));
    }

    private void typeInto(By field, String text) {
        WebElement input = visible(field);
        clickInView(input);
        input.sendKeys(text);
        wait.until(d -> text.equals(input.getDomProperty("value")));
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

    private void logOut() {
        click("logout");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void click(String id) {
        clickInView(visible(By.id(id)));
    }

    /** Clicks an element after scrolling it to the middle of the window, clear of the sticky navigation. */
    private void clickInView(WebElement element) {
        scrollTo(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * The element, once it is on the page, scrolled into the middle of the window and shown: the
     * page scrolls inside the application layout, and an element scrolled out of it counts as hidden.
     */
    private WebElement visible(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        scrollTo(element);
        return wait.until(ExpectedConditions.visibilityOf(element));
    }

    /**
     * The text as the page renders it, whether or not it is scrolled into the window now, each run
     * of white space (such as the line breaks between the items of a row) as one space.
     */
    private String shownText(WebElement element) {
        return element.getDomProperty("innerText").replaceAll("\\s+", " ").strip();
    }

    private void scrollTo(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }

    /** Waits until the element, scrolled into view, shows a text containing {@code text}. */
    private void waitForText(By by, String text) {
        wait.until(d -> {
            WebElement element = d.findElement(by);
            scrollTo(element);
            return element.getText().contains(text);
        });
    }

    /** Waits until the report's status badge, scrolled into view, says {@code status}. */
    private void waitForStatus(String status) {
        wait.until(d -> {
            WebElement badge = d.findElement(By.id("report-status"));
            scrollTo(badge);
            return badge.getText().equals(status);
        });
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
