package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The drafter's report page in a real headless Chromium at 1440x900: the demo 2022 overall report
 * and a generated report of 1,000 code rows, each against the 工作台 in the same run. Prints the
 * first server response (the page's HTML and the first UIDL answer), the elements in the DOM after
 * load (the light DOM, and with every shadow root), the page's height and the time until the page
 * is ready (the Vaadin client idle and the report's status shown), the median of a few opens. Run
 * with {@code ./mvnw -Pbench test -Dtest=ReportPageBenchmark}.
 */
@Tag("benchmark")
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportPageBenchmark {

    private static final int RUNS = 3;
    private static final int CODE_ROWS = 1_000;

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
        wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.pollingEvery(Duration.ofMillis(25));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void close_the_browser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_demo_report_page_and_a_report_of_1000_code_rows_against_the_workbench() {
        long demo = as.call("drafter", () -> reports.list(2022, ReportStatus.DRAFTING, ReportKind.DEPARTMENT_OVERALL))
                .stream().filter(r -> r.department().equals(TestDocuments.MEDICAL)).map(ReportSummary::id)
                .findFirst().orElseThrow();
        long large = as.call("drafter", () -> reports.importDocument(withCodeRows(TestDocuments.small(), CODE_ROWS)))
                .id();
        logIn("drafter");
        // Warm both the server and the browser's cache once before measuring.
        open("/", "tasks");
        open("/drafting/" + demo, "report-status");

        Figures workbench = median("/", "tasks");
        Figures demoPage = median("/drafting/" + demo, "report-status");
        Figures largePage = median("/drafting/" + large, "report-status");
        System.out.printf("report page benchmark at 1440x900, %d opens each (median), load average %.2f%n", RUNS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        print("工作台 /", workbench, workbench);
        print("demo 2022 overall report /drafting/" + demo, demoPage, workbench);
        print(CODE_ROWS + " code rows /drafting/" + large, largePage, workbench);
        assertThat(demoPage.domElements()).isPositive();
        assertThat(largePage.domElements()).isPositive();
    }

    private void print(String page, Figures f, Figures workbench) {
        System.out.printf("  %s: ready %.0f ms (%.1fx the 工作台); server responses: HTML %,d B, first UIDL %,d B,"
                + " largest UIDL (the view) %,d B, all %d UIDL until ready %,d B; DOM %,d elements (%,d with shadow"
                + " roots); page height %,d px%n", page, f.readyMillis(), f.readyMillis() / workbench.readyMillis(),
                f.htmlBytes(), f.firstUidlBytes(), f.largestUidl(), f.uidlRequests(), f.uidlBytes(), f.domElements(),
                f.deepElements(), f.pageHeight());
    }

    private Figures median(String path, String readyId) {
        List<Figures> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(open(path, readyId));
        }
        double[] ready = runs.stream().mapToDouble(Figures::readyMillis).sorted().toArray();
        Figures last = runs.getLast();
        return new Figures(ready[RUNS / 2], last.htmlBytes(), last.firstUidlBytes(), last.uidlBytes(),
                last.largestUidl(), last.uidlRequests(), last.domElements(), last.deepElements(), last.pageHeight());
    }

    /** Opens the page by its address (a full load) and measures it once it is ready. */
    private Figures open(String path, String readyId) {
        browser.get("about:blank");
        long start = System.nanoTime();
        browser.get(url(path));
        wait.until(d -> ready(readyId));
        double millis = (System.nanoTime() - start) / 1e6;
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const uidl = performance.getEntriesByType('resource')
                    .filter(e => e.name.includes('v-r=') || e.name.includes('v-uiId'));
                let deep = 0;
                const count = root => {
                  for (const el of root.querySelectorAll('*')) {
                    deep++;
                    if (el.shadowRoot) { count(el.shadowRoot); }
                  }
                };
                count(document);
                let height = document.documentElement.scrollHeight;
                for (const el of document.querySelectorAll('*')) {
                  if (el.scrollHeight > height && el.clientHeight > 0) { height = el.scrollHeight; }
                }
                return {
                  html: nav ? nav.decodedBodySize : 0,
                  firstUidl: uidl.length ? uidl[0].decodedBodySize : 0,
                  uidl: uidl.reduce((s, e) => s + e.decodedBodySize, 0),
                  largest: uidl.reduce((s, e) => Math.max(s, e.decodedBodySize), 0),
                  requests: uidl.length,
                  dom: document.getElementsByTagName('*').length,
                  deep: deep,
                  height: height
                };
                """);
        return new Figures(millis, n(m.get("html")), n(m.get("firstUidl")), n(m.get("uidl")), n(m.get("largest")),
                n(m.get("requests")), n(m.get("dom")),
                n(m.get("deep")), n(m.get("height")));
    }

    /** The Vaadin client is idle and the element is shown, twice in a row a frame apart. */
    private boolean ready(String id) {
        Object idle = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const idle = () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                    && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())
                    && !!document.getElementById(arguments[0]);
                if (!idle()) { done(false); return; }
                requestAnimationFrame(() => setTimeout(() => done(idle()), 0));
                """, id);
        return Boolean.TRUE.equals(idle);
    }

    private static long n(Object o) {
        return o instanceof Number number ? number.longValue() : 0;
    }

    /**
     * The document with {@code rows} income and as many expenditure rows: 10 类, 9 款 under each
     * and 10 项 under each 款, the amounts of the 项 summing up.
     */
    static ReportDocument withCodeRows(ReportDocument d, int rows) {
        List<IncomeLine> income = new ArrayList<>();
        List<ExpenditureLine> expenditure = new ArrayList<>();
        int lei = 0;
        while (income.size() < rows) {
            String leiCode = String.valueOf(201 + lei++);
            int leiIndex = income.size();
            BigDecimal leiSum = BigDecimal.ZERO;
            income.add(null);
            for (int kuan = 1; kuan <= 9 && income.size() < rows; kuan++) {
                String kuanCode = leiCode + String.format("%02d", kuan);
                int kuanIndex = income.size();
                BigDecimal kuanSum = BigDecimal.ZERO;
                income.add(null);
                for (int xiang = 1; xiang <= 10 && income.size() < rows; xiang++) {
                    BigDecimal amount = new BigDecimal(1_000 * kuan + xiang + ".25");
                    kuanSum = kuanSum.add(amount);
                    income.add(new IncomeLine(kuanCode + String.format("%02d", xiang), "项目 " + kuanCode + xiang,
                            amount, amount, null));
                }
                leiSum = leiSum.add(kuanSum);
                income.set(kuanIndex, new IncomeLine(kuanCode, "款 " + kuanCode, kuanSum, kuanSum, null));
            }
            income.set(leiIndex, new IncomeLine(leiCode, "类 " + leiCode, leiSum, leiSum, null));
        }
        for (IncomeLine l : income) {
            expenditure.add(new ExpenditureLine(l.code(), l.name(), l.total(), l.total(), null));
        }
        BigDecimal total = income.stream().filter(l -> l.code().length() == 3).map(IncomeLine::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                income, expenditure, new ReportDocument.Totals(total, total, null, total, total, null,
                        BigDecimal.ZERO, BigDecimal.ZERO), d.budget(), d.threePublicExpenses(), d.assets(),
                d.indicators(), d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(),
                d.resultUse(), d.publication());
    }

    private void logIn(String user) {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("Perfeval#2026");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private record Figures(double readyMillis, long htmlBytes, long firstUidlBytes, long uidlBytes, long largestUidl,
            long uidlRequests, long domElements, long deepElements, long pageHeight) {
    }
}
