package org.supplywatch.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.supplywatch.SupplywatchApplication;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workbench as a researcher meets it: the service on its embedded Neo4j, Debian's Chromium
 * driven headless by Debian's chromedriver (nothing downloaded). The web view traces Lorex to
 * Dahua's Entity List designation; Neo4j Browser opens connected, styled and with the guide; and
 * every request either page makes goes to this machine.
 */
class WorkbenchInChromiumIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

    @TempDir
    static Path dataDirectory;

    private static ConfigurableApplicationContext app;
    private static WebDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium is needed; .ci/run installs it").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver is needed; .ci/run installs it").exists();
        int port = freePort();
        base = "http://localhost:" + port;
        app = new SpringApplicationBuilder(SupplywatchApplication.class).run("--server.port=" + port,
                "--supplywatch.embedded.data-directory=" + dataDirectory, "--supplywatch.embedded.bolt-port=0",
                "--logging.level.org.neo4j=WARN");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
        logging.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theWebViewTracesLorexToDahuasEntityListDesignation() throws IOException {
        List<String> requests = new ArrayList<>();
        driver.get(base + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.findElement(By.id("q")).sendKeys("Lorex\n");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits button[data-id='brand/lorex']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("trace-button"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edges"), "DESIGNATES"));

        String links = driver.findElement(By.id("edges")).getText();
        assertThat(links).contains("Lorex BRAND_OF Zhejiang Dahua Technology").contains("Entity List")
                .contains("DESIGNATES Zhejiang Dahua Technology");
        assertThat(driver.findElement(By.id("graph")).findElements(By.tagName("canvas"))).isNotEmpty();
        driver.findElement(By.cssSelector("#edges li button")).click();
        String detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail"))).getText();
        assertThat(detail).contains("BRAND_OF").contains("reported (allegation)").contains("Dear Dahua (and Lorex) partners,");
        assertThat(driver.findElement(By.id("download-rdf")).getAttribute("href")).contains("/api/v1/rdf/traces/designated-ancestors");
        screenshot("web-view.png");
        requests.addAll(requestedUrls());

        assertEveryRequestStaysOnThisMachine(requests);
    }

    @Test
    void neo4jBrowserOpensConnectedWithTheSupplywatchGuide() throws IOException {
        driver.get(base + "/browser/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Supplywatch: surveillance supply chains, with evidence"));
        org.openqa.selenium.WebElement guide = driver.findElement(
                By.xpath("//h3[contains(., 'Supplywatch: surveillance supply chains')]"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", guide);
        screenshot("neo4j-browser.png");

        assertEveryRequestStaysOnThisMachine(requestedUrls());
    }

    /** Every URL the page requested (documents, scripts, fetches, WebSockets), from Chromium's own network log. */
    private static List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString("");
            if (method.equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asString(""));
            } else if (method.equals("Network.webSocketCreated")) {
                urls.add(message.path("params").path("url").asString(""));
            }
        }
        return urls;
    }

    private static void assertEveryRequestStaysOnThisMachine(List<String> urls) {
        assertThat(urls).isNotEmpty();
        for (String url : urls) {
            if (url.startsWith("data:") || url.startsWith("blob:")) {
                continue;
            }
            assertThat(URI.create(url).getHost()).as(url).isIn(LOCAL_HOSTS);
        }
    }

    private static void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Path shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
