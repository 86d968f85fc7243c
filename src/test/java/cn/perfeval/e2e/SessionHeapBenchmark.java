package cn.perfeval.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.support.AsUser;
import cn.perfeval.support.TestDocuments;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Server heap per open session, measured in the server's own JVM: N sessions of the demo drafter
 * (each in its own tab of one headless Chromium, under its own loopback address 127.0.0.2,
 * 127.0.0.3, … so that each tab has its own cookies and so its own HTTP and Vaadin session), kept
 * open on the 工作台, then on the demo report page (opened from the 工作台, as a drafter does); then,
 * all signed out, N new sessions on a generated report of 1,000 code rows, and with that report's
 * income part shown. Each figure is the heap after full collections with the N sessions open, minus
 * the heap with none (after a warm-up session that opened every page and signed out), divided by N;
 * each comes with the classes that grew most (class histograms of live objects), the sessions and
 * UIs alive, and the heap left once all signed out (what no session holds). The budgets (issues 11
 * and 16): the 工作台 ≤ 100 KB a session, a report page ≤ 500 KB. Run with
 * {@code ./mvnw -Pbench test -Dtest=SessionHeapBenchmark [-Dperfeval.sessions=20]}.
 */
@Tag("benchmark")
@ExtendWith(Chromium.class)
// Development mode keeps a stack trace for every component created (for the dev tools); production does not.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.componentTracker.enabled=false")
@ActiveProfiles("test")
@Import(SessionHeapBenchmark.LiveUis.class)
class SessionHeapBenchmark {

    private static final int SESSIONS = Integer.getInteger("perfeval.sessions", 20);
    private static final int CODE_ROWS = 1_000;
    private static final long WORKBENCH_BUDGET = 100 * 1024;
    private static final long REPORT_PAGE_BUDGET = 500 * 1024;
    private static final int CLASSES_SHOWN = 12;

    /** Counts the Vaadin sessions and UIs alive, so that each figure says what it divides by. */
    @TestConfiguration
    static class LiveUis {

        static final AtomicInteger UIS = new AtomicInteger();
        static final AtomicInteger VAADIN_SESSIONS = new AtomicInteger();
        static final AtomicInteger HTTP_SESSIONS = new AtomicInteger();

        @Bean
        HttpSessionListener httpSessionCounter() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent se) {
                    HTTP_SESSIONS.incrementAndGet();
                }

                @Override
                public void sessionDestroyed(HttpSessionEvent se) {
                    HTTP_SESSIONS.decrementAndGet();
                }
            };
        }

        @Bean
        VaadinServiceInitListener liveUiCounter() {
            return event -> {
                event.getSource().addUIInitListener(e -> {
                    UIS.incrementAndGet();
                    e.getUI().addDetachListener(d -> UIS.decrementAndGet());
                });
                event.getSource().addSessionInitListener(e -> VAADIN_SESSIONS.incrementAndGet());
                event.getSource().addSessionDestroyListener(e -> VAADIN_SESSIONS.decrementAndGet());
            };
        }
    }

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
        wait = new WebDriverWait(browser, Duration.ofSeconds(180));
        wait.pollingEvery(Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void close_the_browser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void heap_per_session_on_the_workbench_and_per_open_report_page() throws Exception {
        long demo = as.call("drafter", () -> reports.list(2022, ReportStatus.DRAFTING, ReportKind.DEPARTMENT_OVERALL))
                .stream().filter(r -> r.department().equals(TestDocuments.MEDICAL)).map(ReportSummary::id)
                .findFirst().orElseThrow();
        long large = as.call("drafter", () -> reports.importDocument(
                ReportPageBenchmark.withCodeRows(TestDocuments.small(), CODE_ROWS))).id();

        // A warm-up session opens every screen once (classes, caches, bundles), then signs out.
        String warmUp = browser.getWindowHandle();
        logIn("localhost");
        openFromWorkbench(demo);
        openByAddress("localhost", large);
        click("nav-income");
        click("logout");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.get("about:blank");

        long none = heapAfterFullGc();
        Map<String, long[]> before = histogram();
        System.out.printf("session heap benchmark: %d sessions of the demo drafter, load average %.2f%n", SESSIONS,
                load());
        System.out.printf("  none open: heap %,d KB; %s%n", none / 1024, alive());

        List<String> tabs = signIn();
        measure("工作台 /", none, before, WORKBENCH_BUDGET);
        for (String tab : tabs) {
            browser.switchTo().window(tab);
            openFromWorkbench(demo);
        }
        measure("demo 2022 overall report /drafting/" + demo + " (opened from the 工作台)", none, before,
                REPORT_PAGE_BUDGET);
        signOut(tabs, warmUp);
        measure("all signed out, tabs closed", none, before, 0);

        none = heapAfterFullGc();
        before = histogram();
        System.out.printf("  none open: heap %,d KB; %s%n", none / 1024, alive());
        tabs = signIn();
        for (String tab : tabs) {
            browser.switchTo().window(tab);
            openFromWorkbench(large);
        }
        measure(CODE_ROWS + " code rows /drafting/" + large + " (opened from the 工作台)", none, before,
                REPORT_PAGE_BUDGET);
        for (String tab : tabs) {
            browser.switchTo().window(tab);
            click("nav-income");
            wait.until(d -> idle("sheet-part"));
        }
        measure(CODE_ROWS + " code rows, its income part shown", none, before, REPORT_PAGE_BUDGET);
        assertThat(LiveUis.HTTP_SESSIONS.get()).isGreaterThanOrEqualTo(SESSIONS);
        signOut(tabs, warmUp);
        measure("all signed out, tabs closed", none, before, 0);
    }

    /** Signs the demo drafter in N times, each in a new tab under an address of its own; the tabs. */
    private List<String> signIn() {
        List<String> tabs = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            browser.switchTo().newWindow(WindowType.TAB);
            tabs.add(browser.getWindowHandle());
            logIn(host(i));
        }
        return tabs;
    }

    /** Signs each tab's session out and closes the tab. */
    private void signOut(List<String> tabs, String stay) {
        for (String tab : tabs) {
            browser.switchTo().window(tab);
            click("logout");
            wait.until(ExpectedConditions.urlContains("/login"));
            browser.close();
        }
        browser.switchTo().window(stay);
    }

    private static String alive() {
        return String.format("%d HTTP sessions, %d Vaadin sessions, %d UIs", LiveUis.HTTP_SESSIONS.get(),
                LiveUis.VAADIN_SESSIONS.get(), LiveUis.UIS.get());
    }

    /** Prints the heap per session with the sessions as they are now, and the classes that grew most. */
    private void measure(String what, long none, Map<String, long[]> before, long budget) throws Exception {
        double loadBefore = load();
        long heap = heapAfterFullGc();
        Map<String, long[]> after = histogram();
        long perSession = (heap - none) / SESSIONS;
        System.out.printf("  %s: heap %,d KB, %,d KB per session%s; %s; load average %.2f / %.2f%n", what,
                heap / 1024, perSession / 1024, budget == 0 ? "" : String.format(" (budget %,d KB: %s)", budget / 1024,
                        perSession <= budget ? "within" : "OVER"), alive(), loadBefore, load());
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            long[] was = before.getOrDefault(e.getKey(), new long[2]);
            grown.add(Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]}));
        }
        grown.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed());
        System.out.printf("    the classes that grew most, per session (objects, bytes), and the most of those not arrays:%n");
        grown.stream().limit(CLASSES_SHOWN).forEach(e -> System.out.printf("    %,10.1f %,10d B  %s%n",
                e.getValue()[0] / (double) SESSIONS, e.getValue()[1] / SESSIONS, e.getKey()));
        grown.stream().filter(e -> !e.getKey().startsWith("[")).limit(CLASSES_SHOWN).forEach(e -> System.out.printf(
                "    %,10.1f %,10d B  %s%n", e.getValue()[0] / (double) SESSIONS, e.getValue()[1] / SESSIONS,
                e.getKey()));
    }

    /** The heap in use after full collections: the least of a few, as a collection may come in between. */
    static long heapAfterFullGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(250);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** Live objects per class (count, bytes), as {@code jcmd GC.class_histogram} prints them (after a full collection). */
    static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = HISTOGRAM_LINE.matcher(line);
            if (m.find()) {
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The i-th session's own address: a loopback address of its own, so its own cookies. */
    private static String host(int i) {
        return "127.0.0." + (i + 2);
    }

    private void logIn(String host) {
        browser.get(url(host, "/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys("drafter");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("Perfeval#2026");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> idle("tasks"));
    }

    /** Opens the report from its task on the 工作台, within the same UI. */
    private void openFromWorkbench(long id) {
        click("open-" + id);
        wait.until(d -> idle("report-status"));
    }

    private void openByAddress(String host, long id) {
        browser.get(url(host, "/drafting/" + id));
        wait.until(d -> idle("report-status"));
    }

    private void click(String id) {
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            var element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** The Vaadin client is idle and the element is shown, twice in a row a frame apart. */
    private boolean idle(String id) {
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

    private String url(String host, String path) {
        return "http://" + host + ":" + port + path;
    }
}
