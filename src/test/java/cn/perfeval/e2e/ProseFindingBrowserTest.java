package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

/**
 * A wrong figure in the report's explanation of its figures, on the drafting page in a real headless Chromium:
 * a click on its finding puts the cursor in the text and selects the figure; the standard sentence offered in
 * its place, once confirmed, replaces the sentence and the finding is gone.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProseFindingBrowserTest {

    private static final String LEAD = "本单位认真落实预算管理要求。\n";

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
            shot("prose-finding-last");
            browser.quit();
        }
    }

    @Test
    void a_click_on_the_wrong_figures_finding_selects_it_in_the_text_and_the_standard_sentence_replaces_it() {
        ReportDocument s = TestDocuments.small();
        // 基本支出 is 300.00 万元 in the tables; the sentence says 300.01
        String wrong = s.year() + "年度支出合计1,000.00万元，其中：基本支出300.01万元，占30.00%；项目支出700.00万元，占70.00%。";
        ReportDocument doc = new ReportDocument(s.formatVersion(), s.kind(), s.year(), MoneyUnit.YUAN, s.department(),
                s.mainTasks(),
                List.of(new IncomeLine("210", "卫生健康支出", m("10000000.00"), m("10000000.00"), null)),
                List.of(new ExpenditureLine("210", "卫生健康支出", m("10000000.00"), m("3000000.00"), m("7000000.00"))),
                new Totals(m("10000000.00"), m("10000000.00"), null, m("10000000.00"), m("3000000.00"),
                        m("7000000.00"), BigDecimal.ZERO, BigDecimal.ZERO),
                null, null, null, null, null, null, s.conclusion(), null, null, null, s.publication(), null,
                LEAD + wrong);
        long id = as.call("drafter", () -> reports.importDocument(doc)).id();

        logIn("drafter");
        browser.get(url("/drafting/" + id));
        wait.until(d -> d.findElement(By.id("report-status")).getText().equals("填报中"));

        // The finding shows the sentence with the figure marked; a click on it.
        WebElement marked = wait.until(d -> d.findElements(By.cssSelector("#findings-table .finding-figure")).stream()
                .filter(e -> e.getText().strip().equals("300.01万元")).findFirst().orElse(null));
        scrollTo(marked);
        wait.until(ExpectedConditions.elementToBeClickable(marked)).click();

        // The texts part is shown, the cursor is in the explanation and its 300.01万元 is selected, where it is seen.
        Map<?, ?> selection = wait.until(d -> {
            Object state = browser.executeScript("""
                    const field = document.getElementById('text-narrative');
                    const area = field && field.inputElement;
                    if (!area || document.activeElement !== area || area.selectionStart === area.selectionEnd) {
                      return null;
                    }
                    // seen: what the page shows at the field's first line is the field, not a bar over it
                    const box = area.getBoundingClientRect();
                    const seen = document.elementFromPoint(box.left + 20, box.top + 12);
                    return {selected: area.value.substring(area.selectionStart, area.selectionEnd),
                            start: area.selectionStart, seen: seen !== null && field.contains(seen)};
                    """);
            return state instanceof Map<?, ?> m ? m : null;
        });
        shot("prose-finding-selected");
        assertThat(selection.get("selected")).isEqualTo("300.01万元");
        assertThat(((Number) selection.get("start")).intValue()).isEqualTo(LEAD.length() + wrong.indexOf("300.01万元"));
        assertThat(selection.get("seen")).isEqualTo(true);

        // The standard sentence is offered; confirmed, it replaces the drafter's and the finding goes.
        WebElement fix = wait.until(d -> d.findElements(By.cssSelector("#findings-fixes vaadin-button.guided-fix"))
                .stream().filter(b -> b.getText().strip().equals("用标准句替换收入支出及预算执行情况说明中的这句话"))
                .findFirst().orElse(null));
        scrollTo(fix);
        wait.until(ExpectedConditions.elementToBeClickable(fix)).click();
        String after = wait.until(d -> d.findElements(By.id("fix-sentence-after")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).findFirst().orElse(null));
        String standard = s.year() + "年度支出合计1,000.00万元，其中：基本支出300.00万元，占30.00%；项目支出700.00万元，占70.00%。";
        assertThat(after).isEqualTo("改为：" + standard);
        WebElement confirm = wait.until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().equals("确认修复并保存")).findFirst().orElse(null));
        confirm.click();

        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(c -> c.getText().contains("已修复并保存")));
        // the list is empty (the grid keeps its former cells in the page, hidden: the summary says what is shown)
        wait.until(d -> summary().startsWith("未发现问题"));
        assertThat(browser.findElements(By.cssSelector("#findings-table .finding-quote"))).noneMatch(WebElement::isDisplayed);
        shot("prose-finding-fixed");
        String text = wait.until(d -> (String) browser.executeScript(
                "const f = document.getElementById('text-narrative'); return f && f.inputElement ? f.inputElement.value : null;"));
        assertThat(text).isEqualTo(LEAD + standard);
        assertThat(browser.findElements(By.cssSelector("#findings-fixes vaadin-button.guided-fix"))).isEmpty();
        assertThat(as.call("drafter", () -> reports.export(id)).narrative()).isEqualTo(LEAD + standard);
    }

    private String summary() {
        return browser.findElement(By.id("findings-summary")).getDomProperty("textContent").strip();
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
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
