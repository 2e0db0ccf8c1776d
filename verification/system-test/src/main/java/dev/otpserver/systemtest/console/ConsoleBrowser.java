package dev.otpserver.systemtest.console;

import dev.otpserver.systemtest.support.ServerUnderTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the console: Debian's chromium, headless, driven through its chromedriver by Selenium, with a
 * profile of its own. When chromedriver is missing and the tests run as root, it installs Debian's packages
 * {@code chromium} and {@code chromium-driver} first (as the tests need them); otherwise it says what to install.
 */
public final class ConsoleBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final URI base;

    private ConsoleBrowser(ChromeDriver driver, Path profile, URI base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    public static ConsoleBrowser open() {
        installed();
        try {
            Path profile = Files.createTempDirectory("console-browser");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-dev-shm-usage",
                            "--window-size=1400,1000",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new ConsoleBrowser(driver, profile, ServerUnderTest.baseUrl());
        } catch (IOException cannot) {
            throw new IllegalStateException(cannot);
        }
    }

    private static synchronized void installed() {
        if (Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM)) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The console's browser tests need Debian's chromium and chromium-driver:"
                    + " apt-get install -y chromium chromium-driver (as root)");
        }
        for (List<String> command : List.of(
                List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"),
                List.of("apt-get", "update"),
                List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"))) {
            run(command);
            if (Files.isExecutable(CHROMEDRIVER)) {
                return;
            }
        }
        throw new IllegalStateException("apt-get did not install chromium-driver (" + CHROMEDRIVER + ")");
    }

    private static void run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("Could not run " + command, failed);
        }
    }

    /** Opens a path of the server, e.g. {@code /console/clients.xhtml}. */
    public ConsoleBrowser go(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /** The path (and query) the browser shows now. */
    public String path() {
        URI now = URI.create(driver.getCurrentUrl());
        return now.getRawPath() + (now.getRawQuery() == null ? "" : "?" + now.getRawQuery());
    }

    public ConsoleBrowser logIn(String user, String password) {
        go("/console/login.xhtml");
        type("login:user", user);
        type("login:password", password);
        return click("login:submit");
    }

    public ConsoleBrowser logOut() {
        return click("logout:out");
    }

    public ConsoleBrowser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a field's value as a paste does (a PEM of many lines typed key by key is slow). */
    public ConsoleBrowser paste(String id, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", element(id), text);
        return this;
    }

    public ConsoleBrowser click(String id) {
        WebElement button = driver.findElement(By.id(id));
        return submitting(button::click);
    }

    /** Clicks the button of the given label (first of them) inside the element of the given id. */
    public ConsoleBrowser clickButton(String within, String label) {
        WebElement button =
                element(within).findElement(By.xpath(".//input[@type='submit' and @value='" + label + "']"));
        return submitting(button::click);
    }

    public ConsoleBrowser clickLink(String text) {
        WebElement link = driver.findElement(By.linkText(text));
        return submitting(link::click);
    }

    public WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text(String id) {
        return has(id) ? element(id).getText() : "";
    }

    /** The page's visible text. */
    public String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String source() {
        return driver.getPageSource();
    }

    /**
     * Sends the form of the given id twice with the very same fields (its view state and its ticket), as a
     * double click or a form sent again from the history does, through the browser's own fetch with its session;
     * answers the two pages' texts.
     */
    @SuppressWarnings("unchecked")
    public List<String> submitTwice(String formId, String buttonId) {
        Object texts = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "const form = document.getElementById(arguments[0]);"
                                + "const button = document.getElementById(arguments[1]);"
                                + "const body = () => { const data = new URLSearchParams(new FormData(form));"
                                + "  data.append(button.name, button.value); return data; };"
                                + "const send = () => fetch(form.action, {method: 'POST', body: body(),"
                                + "  credentials: 'same-origin'}).then(answer => answer.text());"
                                + "send().then(first => send().then(second => done([first, second])))"
                                + "  .catch(failed => done(['failed: ' + failed, '']));",
                        formId,
                        buttonId);
        return (List<String>) texts;
    }

    /** A full-page screenshot of what the browser shows, into the build output. */
    public ConsoleBrowser screenshot(String name) {
        try {
            Path directory = ServerUnderTest.screenshots();
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException cannot) {
            throw new IllegalStateException(cannot);
        }
        return this;
    }

    /**
     * Runs a click that loads another page and waits until that page has loaded: the page it left must be gone
     * first, since the old page is still "complete" for a moment after the click, and reading it then would read
     * the page before the change. The old page is told apart by a mark set on its window, not by one of its
     * elements: Chromium may answer a question about an element of a page being replaced with an error of its
     * own rather than "stale".
     */
    private ConsoleBrowser submitting(Runnable click) {
        JavascriptExecutor script = driver;
        script.executeScript("window.consoleBrowserLeaving = true;");
        click.run();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(browser -> Boolean.TRUE.equals(script.executeScript(
                        "return window.consoleBrowserLeaving === undefined && document.readyState === 'complete';")));
        return this;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind harms nothing
            }
        }
    }
}
