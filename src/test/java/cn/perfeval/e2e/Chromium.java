package cn.perfeval.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver. Browser tests are skipped
 * where they are not installed, except under CI, where {@code .ci/run} installs them and a
 * missing browser fails the run.
 */
final class Chromium implements ExecutionCondition {

    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ((BROWSER.canExecute() && DRIVER.canExecute()) || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("Chromium installed, or running under CI");
        }
        return ConditionEvaluationResult.disabled("Debian chromium and chromium-driver are not installed");
    }

    static ChromeDriver start() throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--lang=zh-CN", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("perfeval-chromium"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Makes the browser a new visitor of {@code origin}: its cookies, storage, caches and service
     * workers are gone, and it shows a blank page.
     */
    static void forget(ChromeDriver driver, String origin) {
        driver.get("about:blank");
        driver.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", origin, "storageTypes", "all"));
        driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }
}
