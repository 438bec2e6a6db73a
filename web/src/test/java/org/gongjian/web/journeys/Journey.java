package org.gongjian.web.journeys;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at a real headless Chromium, going through the portal as they would: open, type,
 * choose, click, wait to see something. At each {@link #check key step} the page must have
 * logged no error to the console and show no serious accessibility problem at desktop or phone
 * width, and it is photographed at both.
 */
public final class Journey implements AutoCloseable {

    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 390;
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");
    /** True once the page has loaded and PrimeFaces has no Ajax request under way. */
    private static final String SETTLED = "return document.readyState === 'complete'"
            + " && !(window.PrimeFaces && PrimeFaces.ajax && !PrimeFaces.ajax.Queue.isEmpty())"
            + " && !(window.jQuery && jQuery.active > 0);";

    /** Selenium warns on every start that it has no DevTools classes for this Chromium; the journeys use none. */
    private static final Logger DEVTOOLS_WARNINGS = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_WARNINGS.setLevel(Level.SEVERE);
    }

    private final URI base;
    private final Path screenshots;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final List<String> expectedConsoleErrors = new ArrayList<>();
    private int step;

    Journey(URL base, Path screenshots) {
        this.base = URI.create(base.toString());
        this.screenshots = screenshots;
        try {
            this.profile = Files.createTempDirectory("chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("journeys.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP_WIDTH + ",900", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        File chromedriver = new File(System.getProperty("journeys.chromedriver", "/usr/bin/chromedriver"));
        if (!chromedriver.canExecute()) {
            throw new IllegalStateException("no " + chromedriver + ": install Debian's chromium and chromium-driver"
                    + " (bash docker/test.sh does, then runs the tests)");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, PATIENCE);
        // the page may be replaced while a condition looks at it
        wait.ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class);
    }

    /** Opens a page of the portal, e.g. {@code "login.xhtml"} or {@code "t/xinqiao/config/index"}. */
    public Journey open(String path) {
        driver.get(base.resolve(path).toString());
        return settle();
    }

    /**
     * Opens a page the person may not see, e.g. another tenant's: the browser logs the page's own
     * status as a console error, which the next check then expects instead of failing on it.
     */
    public Journey openRefused(String path, int status) {
        expectConsoleError(url(path) + " - Failed to load resource: the server responded with a status of " + status);
        return open(path);
    }

    /** The portal's address of a path, e.g. for a console message about that page. */
    public String url(String path) {
        return base.resolve(path).toString();
    }

    /**
     * Goes on in a window as wide as a phone's, as someone holding one does; each check still
     * photographs and tests the page at both widths.
     */
    public Journey onPhone() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        return settle();
    }

    /** Types into the field with this id (e.g. {@code "tenant:code"}), replacing what it held. */
    public Journey type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        return settle();
    }

    /**
     * Picks a day of the month the date picker opens on (the one holding its date, or this month)
     * by clicking the field and then the day in its calendar, as a person does; a click elsewhere
     * closes the calendar. Waits until the field shows the date (yyyy-MM-dd).
     */
    public Journey pickDate(String id, LocalDate date) {
        By panel = By.id(id.replaceAll("_input$", "") + "_panel");
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        // like a select menu's list, the calendar ignores clicks until it has slid open
        wait.until(ExpectedConditions.attributeContains(panel, "class", "enter-done"));
        By day = By.xpath("//*[@id='" + id.replaceAll("_input$", "") + "_panel']"
                + "//td[not(contains(@class, 'ui-datepicker-other-month'))]/*[normalize-space(.)='" + date.getDayOfMonth() + "']");
        wait.until(ExpectedConditions.elementToBeClickable(day)).click();
        if (!driver.findElements(panel).isEmpty() && driver.findElement(panel).isDisplayed()) {
            driver.findElement(By.tagName("h1")).click();
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
        wait.until(ExpectedConditions.attributeToBe(By.id(id), "value", date.toString()));
        return settle();
    }

    /** Picks the option with this label in a drop-down: a PrimeFaces select menu or a plain select. */
    public Journey choose(String id, String label) {
        WebElement menu = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        if (menu.getTagName().equals("select")) {
            new Select(menu).selectByVisibleText(label);
            return settle();
        }
        menu.click();
        // the list slides open with a CSS transition, and ignores clicks until it has finished
        wait.until(ExpectedConditions.attributeContains(By.id(id + "_panel"), "class", "enter-done"));
        By option = By.xpath("//*[@id='" + id + "_panel']//li[normalize-space(.)='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(option)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        return waitForText(id + "_label", label).settle();
    }

    /**
     * Clicks the button or link with this id and waits for the page or its Ajax update to finish.
     * Follow it with what the person waits to see ({@link #waitForText}, {@link #waitForPath}):
     * a new page may still be on its way when the old one looks settled.
     */
    public Journey click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        return settle();
    }

    /** Answers yes in the confirmation a button asked for (PrimeFaces' global confirm dialog). */
    public Journey confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
        return settle();
    }

    /** Clicks the link that reads exactly this, as a person picks a link by its words. */
    public Journey follow(String linkText) {
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(linkText))).click();
        return settle();
    }

    /** Waits until the page shows this text anywhere. */
    public Journey waitForText(String text) {
        return waitFor("the page to show \"" + text + "\"", () -> driver.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Waits until the element with this id shows this text, e.g. a live sum after typing a weight. */
    public Journey waitForText(String id, String text) {
        return waitFor("#" + id + " to show \"" + text + "\"", () -> {
            List<WebElement> found = driver.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
    }

    /** Waits until the browser is at this path under the portal, e.g. {@code "t/xinqiao/"}. */
    public Journey waitForPath(String path) {
        String expected = base.resolve(path).getPath();
        return waitFor("the browser to be at " + expected, () -> URI.create(driver.getCurrentUrl()).getPath().equals(expected));
    }

    /** The address the browser is at. */
    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** How many elements on the page match this CSS selector, e.g. the rows of a table the person fills in. */
    public int count(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).size();
    }

    /** The text of the element with this id, as the person reads it. */
    public String textOf(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().strip();
    }

    /** Signs in on the login page and waits to be sent on (or refused); where to is up to the journey to check. */
    public Journey signIn(String login, String password) {
        open("login.xhtml").type("login:username", login).type("login:password", password).click("login:submit");
        return waitFor("the sign-in to finish", () -> !driver.getCurrentUrl().contains("/login.xhtml")
                || !driver.findElements(By.cssSelector("#messages .error")).isEmpty());
    }

    /** Signs out with the link in the page's top bar. */
    public Journey signOut() {
        return click("sign-out").waitFor("the sign-out link to go", () -> driver.findElements(By.id("sign-out")).isEmpty());
    }

    /**
     * Accepts one console error containing this text before the next check, for a journey that
     * goes to a refused page on purpose (the browser logs the page's own 404 or 403).
     */
    public Journey expectConsoleError(String text) {
        expectedConsoleErrors.add(text);
        return this;
    }

    /** A key step: screenshots, then no console errors since the last check and no serious accessibility violations. */
    public Journey check(String stepName) {
        settle();
        String name = "%02d-%s".formatted(++step, slug(stepName));
        screenshot(name + "-desktop", DESKTOP_WIDTH, false);
        screenshot(name + "-phone", PHONE_WIDTH, true);
        List<String> problems = new ArrayList<>();
        consoleErrors().forEach(error -> problems.add("console: " + error));
        accessibilityViolations().forEach(violation -> problems.add("axe at desktop width: " + violation));
        phoneAccessibilityViolations().forEach(violation -> problems.add("axe at phone width: " + violation));
        if (!problems.isEmpty()) {
            fail("step \"" + stepName + "\" at " + driver.getCurrentUrl() + " (screenshots " + screenshots.resolve(name)
                    + "-*.png):\n  " + String.join("\n  ", problems));
        }
        return this;
    }

    /** A picture of how the page looked when something went wrong. */
    void screenshotFailure() {
        screenshot("%02d-failed-desktop".formatted(++step), DESKTOP_WIDTH, false);
    }

    /**
     * Console errors left since the last check; none may be left when the journey ends. Anything the
     * content policy refused or would refuse counts, whatever level Chromium logs it at.
     */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            boolean blocked = entry.getMessage().contains("Content Security Policy");
            if ((entry.getLevel().intValue() >= Level.SEVERE.intValue() || blocked)
                    && !expectedConsoleErrors.removeIf(expected -> entry.getMessage().contains(expected))) {
                errors.add(entry.getMessage());
            }
        }
        expectedConsoleErrors.forEach(missing -> errors.add("expected but not logged: " + missing));
        expectedConsoleErrors.clear();
        return errors;
    }

    /** The page laid out for a phone can fail where the desktop layout does not (contrast, overlap, hidden labels). */
    private List<String> phoneAccessibilityViolations() {
        try {
            metrics(PHONE_WIDTH, 900, true);
            return accessibilityViolations();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private List<String> accessibilityViolations() {
        // legacy mode runs axe in the page itself; the default opens a blank tab and injects axe a
        // second time there to merge the frames' results, which the portal's pages (no frames) do not have
        Results results = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            return List.of("axe did not run: " + results.getErrorMessage());
        }
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                String targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
                violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — " + targets);
            }
        }
        return violations;
    }

    /** A full-length picture of the page at this width; phone width also emulates a phone's viewport. */
    private void screenshot(String name, int width, boolean phone) {
        try {
            metrics(width, 900, phone);
            Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
            metrics(width, Math.min(Math.max(height.intValue(), 600), 10_000), phone);
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void metrics(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private Journey settle() {
        return waitFor("the page to settle", () -> Boolean.TRUE.equals(driver.executeScript(SETTLED)));
    }

    private Journey waitFor(String what, BooleanSupplier condition) {
        try {
            wait.until(ignored -> holds(condition));
        } catch (TimeoutException e) {
            String shown = driver.findElement(By.tagName("body")).getText();
            fail("waited " + PATIENCE.toSeconds() + " s for " + what + "; at " + driver.getCurrentUrl() + " the page shows:\n"
                    + (shown.length() > 3000 ? shown.substring(0, 3000) + " …" : shown));
        }
        return this;
    }

    /**
     * Whether the condition holds yet. A page replaced while the condition reads it is "not yet":
     * Chromium then reports a node that left the document, not always as a stale element.
     */
    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return false;
            }
            throw e;
        }
    }

    private static String slug(String step) {
        return step.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a left-over profile under target/ is harmless
            }
        }
    }
}
