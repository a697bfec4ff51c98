package org.conflictkg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.conflictkg.ConflictGraph;
import org.conflictkg.IngestReport;
import org.conflictkg.server.SparqlServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser: {@code SparqlServer} with the page on a store of the examples, driven in headless
 * Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs) with Selenium.
 * Skipped, with the reason, where either is missing. Screenshots go to {@code target/web-page/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "web-page");

    @TempDir
    static Path store;
    @TempDir
    static Path profile;

    static ConflictGraph graph;
    static SparqlServer server;
    static WebDriver browser;
    static WebDriverWait wait;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "WebPageIT skipped: no Chromium at " + CHROMIUM + " or no ChromeDriver at " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run does)");
        graph = ConflictGraph.open(store);
        IngestReport report = graph.ingest(List.of(Path.of("examples")));
        assertTrue(report.added() >= 5, "examples ingested: " + report);
        server = SparqlServer.create(graph).port(0).webPage(true).start();
        base = "http://127.0.0.1:" + server.port() + "/";

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the machine's network is closed: no background requests, updates or sync; root needs --no-sandbox
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (graph != null) {
            graph.close();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static int shownEdges() {
        return Integer.parseInt(browser.findElement(By.id("status")).getAttribute("data-edges"));
    }

    private static void screenshot(String name) throws IOException {
        Path file = SHOTS.resolve(name);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void openNetwork() {
        browser.get(base);
        wait.until(d -> d.findElement(By.id("status")).getAttribute("data-edges") != null);
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void drawsTheNetworkWithRussiaAndTurkey() {
        openNetwork();
        List<String> labels = (List<String>) js("return window.conflictKg.cy.nodes().map(n => n.data('label'))");
        assertTrue(labels.contains("Russia"), "nodes: " + labels);
        assertTrue(labels.contains("Turkey"), "nodes: " + labels);
        assertTrue(shownEdges() > 0);
    }

    @Test
    @Order(2)
    void aFilterChangesTheEdges() {
        openNetwork();
        int before = shownEdges();
        browser.findElement(By.cssSelector("input[name=family][value=attacks]")).click();
        wait.until(d -> shownEdges() != before);
        int after = shownEdges();
        assertTrue(after < before, "without attacks: " + after + " edges, before " + before);
        browser.findElement(By.cssSelector("input[name=family][value=attacks]")).click();
        wait.until(d -> shownEdges() == before);
    }

    @Test
    @Order(3)
    void clickingAnEdgeShowsItsSentence() throws IOException {
        openNetwork();
        // zoom on the edge "Russia backs Bashar al-Assad", then click where it is drawn, as a user would
        @SuppressWarnings("unchecked")
        Map<String, Object> point = (Map<String, Object>) js("""
                const cy = window.conflictKg.cy;
                const edge = cy.edges().filter(e => e.data('relation') === 'backs'
                    && e.source().data('label') === 'Russia' && e.target().data('label') === 'Bashar al-Assad');
                if (edge.empty()) return null;
                cy.fit(edge, 150);
                const p = edge.renderedMidpoint();
                const box = cy.container().getBoundingClientRect();
                return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };""");
        assertTrue(point != null, "no edge Russia backs Bashar al-Assad");
        int x = ((Number) point.get("x")).intValue();
        int y = ((Number) point.get("y")).intValue();
        new Actions(browser).moveToLocation(x, y).click().perform();
        WebElement sentence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evidence .sentence")));
        assertEquals("Russia backs Syrian President Bashar al-Assad, while Turkey supports rebel groups fighting his government.",
                sentence.getText());
        assertEquals("backs", browser.findElement(By.cssSelector("#evidence mark.relation")).getText());
        String meta = browser.findElement(By.cssSelector("#evidence .meta")).getText();
        assertTrue(meta.contains("asserted") && meta.contains("0.76") && meta.contains("01-joint-strikes.txt"), meta);
        js("window.conflictKg.cy.fit(undefined, 30)");
        screenshot("network-evidence.png");
    }

    @Test
    @Order(4)
    void searchingAnAliasFindsTheActor() throws IOException {
        openNetwork();
        WebElement box = browser.findElement(By.cssSelector("#search input[name=q]"));
        box.sendKeys("Daesh");
        browser.findElement(By.cssSelector("#search button")).click();
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results a.found")));
        assertEquals("Islamic State", found.getText());
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#evidence h2"), "Islamic State"));
        assertEquals("Islamic State", js("return window.conflictKg.cy.$('node:selected').data('label')"));
        screenshot("network-search.png");
    }

    @Test
    @Order(5)
    void theEditorRunsAReadyQuery() throws IOException {
        browser.get(base + "sparql");
        WebElement tab = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'tabsList')]//a[span[normalize-space()='backers.rq']]")));
        tab.click();
        wait.until(d -> String.valueOf(js("const t = window.conflictKg.yasgui.getTab(); return t.getYasqe().getValue();"))
                .contains("bashar-al-assad"));
        WebElement run = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".tabPanel.active .yasqe_queryButton")));
        run.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tabPanel.active .yasr"), "Russia"));
        screenshot("sparql-editor.png");
    }
}
