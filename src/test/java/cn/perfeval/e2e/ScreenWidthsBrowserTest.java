package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportService;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import cn.perfeval.workflow.ReportWorkflow;
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
 * The screens at the sizes people use them, in a real headless Chromium: the report page at
 * 1440x900 (money grouped by thousands while not being edited, no column squeezed to nothing, the
 * action bar in view after scrolling) and the public pages on a phone 390 px wide (no sideways
 * scrolling of the page; wide tables scroll inside their own box; the menu drawer closed).
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScreenWidthsBrowserTest {

    private static final BigDecimal MILLIONS = new BigDecimal("16975811.96");
    /** A provincial department's figures: too wide for a phone in five columns. */
    private static final BigDecimal BILLIONS = new BigDecimal("1697581196.96");

    @LocalServerPort
    int port;
    @Autowired
    ReportService reports;
    @Autowired
    ReportWorkflow workflow;
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
            Files.copy(shot.toPath(), new File("target/screenshots/screen-widths-last.png").toPath(),
                    StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void at_1440x900_money_reads_grouped_until_edited_every_column_keeps_its_width_and_the_bar_stays_in_view() {
        long id = as.call("drafter", () -> reports.importDocument(report(MILLIONS, true))).id();
        browser.manage().window().setSize(new Dimension(1440, 900));
        logIn("drafter");
        browser.get(url("/drafting/" + id));
        waitForStatus("填报中");

        click("nav-income");
        visible(By.id("income-table"));
        WebElement input = wait.until(d -> d.findElements(By.cssSelector("#income-table vaadin-big-decimal-field input"))
                .stream().filter(i -> "16,975,811.96".equals(i.getDomProperty("value"))).findFirst().orElse(null));
        // while edited the plain number, grouped again once the user leaves the cell
        input.click();
        wait.until(d -> "16975811.96".equals(input.getDomProperty("value")));
        input.sendKeys(Keys.TAB);
        wait.until(d -> "16,975,811.96".equals(input.getDomProperty("value")));

        assertThat(columnWidths("income-table")).allSatisfy((column, width) ->
                assertThat(width).as("income column %s", column).isGreaterThan(40));
        assertThat(columnWidths("findings-table")).isNotEmpty().allSatisfy((column, width) ->
                assertThat(width).as("findings column %s", column).isGreaterThan(40));
        click("nav-indicators");
        visible(By.id("indicators-table"));
        wait.until(d -> !columnWidths("indicators-table").isEmpty());
        assertThat(columnWidths("indicators-table")).allSatisfy((column, width) ->
                assertThat(width).as("indicator column %s", column).isGreaterThan(40));

        // scrolled to the bottom of the page, the action bar with 保存 and the findings is still in view
        browser.executeScript("""
                const c = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~=content]');
                c.scrollTo(0, c.scrollHeight);
                window.scrollTo(0, document.documentElement.scrollHeight);
                """);
        wait.until(d -> {
            Number top = (Number) browser.executeScript(
                    "return document.getElementById('step-bar').getBoundingClientRect().top;");
            return top.doubleValue() >= 0 && top.doubleValue() < 120;
        });
        assertThat(browser.findElement(By.id("save")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("findings-nav-summary")).isDisplayed()).isTrue();
    }

    @Test
    void on_a_390_px_phone_the_public_pages_never_scroll_sideways_and_tables_scroll_in_their_own_box() {
        long id = as.call("drafter", () -> reports.importDocument(report(BILLIONS, false))).id();
        as.run("drafter", () -> workflow.submit(id, null));
        as.run("bureau", () -> workflow.pass(id, null));
        as.run("finance", () -> workflow.approve(id, null));
        as.run("drafter", () -> workflow.publish(id));
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(((Number) browser.executeScript("return window.innerWidth;")).intValue()).isLessThanOrEqualTo(390);

        browser.get(url("/public"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='public/reports/" + id + "']")));
        assertThat(pageWidth()).isLessThanOrEqualTo(viewportWidth());

        browser.get(url("/public/reports/" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.report-doc table.report-table")));
        assertThat(pageWidth()).isLessThanOrEqualTo(viewportWidth());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tables = (List<Map<String, Object>>) browser.executeScript("""
                return [...document.querySelectorAll('article.report-doc table.report-table')].map(t => {
                  const box = t.parentElement;
                  return { id: t.id, overflow: getComputedStyle(box).overflowX,
                           right: box.getBoundingClientRect().right,
                           scrolls: box.scrollWidth > box.clientWidth, wide: box.scrollWidth + '/' + box.clientWidth };
                });
                """);
        assertThat(tables).isNotEmpty().allSatisfy(t -> {
            assertThat(t.get("overflow")).as("overflow of %s's box", t.get("id")).isEqualTo("auto");
            assertThat(((Number) t.get("right")).doubleValue()).as("right edge of %s", t.get("id"))
                    .isLessThanOrEqualTo(viewportWidth());
        });
        assertThat(tables).as("a table wider than the phone scrolls in its box: %s", tables)
                .anyMatch(t -> Boolean.TRUE.equals(t.get("scrolls")));

        // signed in on the phone, the menu drawer starts closed and the page does not scroll sideways
        logIn("drafter");
        wait.until(d -> d.findElement(By.tagName("vaadin-app-layout")).getDomAttribute("overlay") != null);
        assertThat(browser.findElement(By.tagName("vaadin-app-layout")).getDomAttribute("drawer-opened")).isNull();
        browser.get(url("/publish/" + id));
        waitForStatus("已公开");
        assertThat(browser.findElement(By.tagName("vaadin-app-layout")).getDomAttribute("drawer-opened")).isNull();
    }

    /**
     * A report of the given total, its figures consistent; or, for the editor, with indicators (for
     * the indicator tree) and a child row 13.17 short of its parent (for a line in the findings table).
     */
    private static ReportDocument report(BigDecimal total, boolean forTheEditor) {
        boolean indicators = forTheEditor;
        BigDecimal big = total;
        BigDecimal project = total.divide(BigDecimal.TEN).setScale(2, java.math.RoundingMode.DOWN);
        BigDecimal basic = total.subtract(project);
        BigDecimal child = forTheEditor ? big.subtract(new BigDecimal("13.17")) : big;
        ReportDocument small = TestDocuments.small();
        List<Indicator> rows = !indicators ? null : List.of(
                new Indicator("产出指标", "数量指标", "城乡医疗救助人次", "≥5000人次", "5230人次", new BigDecimal("20"),
                        new BigDecimal("20"), null),
                new Indicator("效益指标", "社会效益指标", "困难群众医疗费用负担减轻", "有效减轻", "有效减轻",
                        new BigDecimal("30"), new BigDecimal("28"), "个别对象资助到位较晚"));
        return new ReportDocument(small.formatVersion(), small.kind(), small.year(), small.unit(), small.department(),
                small.mainTasks(),
                List.of(new IncomeLine("210", "卫生健康支出", big, big, null), new IncomeLine("21013", "医疗救助", child, child, null)),
                List.of(new ExpenditureLine("210", "卫生健康支出", big, basic, project)),
                new Totals(big, null, null, big, null, null, BigDecimal.ZERO, BigDecimal.ZERO),
                null, null, null, rows, null, null, small.conclusion(), null, null, null, small.publication());
    }

    /** The width of each shown column of a grid, by its header text, as laid out. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> columnWidths(String gridId) {
        Map<String, Object> widths = (Map<String, Object>) browser.executeScript("""
                const grid = document.getElementById(arguments[0]);
                const out = {};
                if (!grid || !grid.shadowRoot) return out;
                grid.shadowRoot.querySelectorAll('#header th').forEach((th, i) => {
                  if (th.hidden || th.offsetParent === null) return;
                  const slot = th.querySelector('slot');
                  const content = slot && slot.assignedElements()[0];
                  const name = (content && content.textContent.trim()) || ('#' + i);
                  out[name + ' [' + i + ']'] = Math.round(th.getBoundingClientRect().width);
                });
                return out;
                """, gridId);
        java.util.LinkedHashMap<String, Long> result = new java.util.LinkedHashMap<>();
        widths.forEach((k, v) -> result.put(k, ((Number) v).longValue()));
        return result;
    }

    private long pageWidth() {
        return ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
    }

    private long viewportWidth() {
        return ((Number) browser.executeScript("return document.documentElement.clientWidth;")).longValue();
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
