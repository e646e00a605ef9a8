package org.scicoop.secretariat.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by Debian's chromedriver. Nothing is downloaded: a machine
 * without them fails here, loudly (bin/test installs them).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;

    public Browser() {
        this("en-GB");
    }

    public Browser(String acceptLanguage) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser journeys need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): run bin/test, which installs them, or "
                    + "'apt-get install chromium chromium-driver'");
        }
        try {
            Path profile = Files.createTempDirectory(TestEnvironment.buildDirectory(), "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=" + acceptLanguage,
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.SEVERE);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(TestEnvironment.appUrl() + path);
        return this;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until PrimeFaces has no AJAX request in flight (and the page's DOM updates are done). */
    public Browser awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && !(window.jQuery && jQuery.active));")));
        return this;
    }

    /**
     * Waits until the element's text satisfies {@code condition}. AJAX updates replace elements while
     * the test looks at them: a stale element is looked up again rather than failing the test.
     */
    public Browser waitForText(By locator, java.util.function.Predicate<String> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.test(d.findElement(locator).getText()));
        awaitAjax();
        return this;
    }

    /**
     * Chooses {@code label} in a select menu and checks that the menu shows it: a native select as a person would,
     * a PrimeFaces menu through its widget (items far down the list are out of view). The label is read as the
     * attribute's text: jQuery's {@code data()} would turn "4.5" into a number.
     */
    public Browser choose(String menuId, String label) {
        awaitAjax();
        WebElement menu = driver.findElement(By.id(menuId));
        if ("select".equals(menu.getTagName())) {
            new org.openqa.selenium.support.ui.Select(menu).selectByVisibleText(label);
            awaitAjax();
            assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(menuId)))
                    .getFirstSelectedOption().getText()).isEqualTo(label);
            return this;
        }
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var menu = PrimeFaces.getWidgetById(arguments[0]); var label = arguments[1];"
                        + "if (!menu.items || !menu.items.length) { menu.show(); menu.hide(); }"
                        + "menu.selectItem(menu.items.filter(function () { return $(this).attr('data-label') === label; }));",
                menuId, label);
        awaitAjax();
        assertThat(driver.findElement(By.id(menuId + "_label")).getText()).isEqualTo(label);
        return this;
    }

    /** Whether the application's stylesheet applies: its top bar has the programme's dark blue. */
    public boolean isStyled() {
        return "rgba(30, 58, 138, 1)".equals(waitFor(By.cssSelector("header.sc-topbar")).getCssValue("background-color"));
    }

    public boolean isOnKeycloakLogin() {
        return driver.getCurrentUrl().startsWith(TestEnvironment.keycloakUrl())
                && !driver.findElements(By.id("kc-form-login")).isEmpty();
    }

    /**
     * Opens {@code path} again and again, for 5 seconds at most, until Keycloak's login page shows (a session ended
     * in Keycloak ends the application's within moments: back-channel logout); whether it did.
     */
    public boolean reopenUntilKeycloakLogin(String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        boolean onLogin;
        do {
            open(path);
            onLogin = isOnKeycloakLogin();
        } while (!onLogin && Instant.now().isBefore(deadline));
        return onLogin;
    }

    /**
     * Fills Keycloak's login form, which the browser must be showing; for a user with an authenticator the tests know
     * ({@link Totp}: the demo officer and admin, whom the realm asks for a second factor), the one-time code too.
     */
    public Browser logInAs(String username, String password) {
        WebElement name = waitFor(By.id("username"));
        if (resumeSession(username, password)) {
            return this;
        }
        if (KeycloakSessions.kept(username)) {
            name = waitFor(By.id("username"));
        }
        name.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        if (Totp.keyOf(username).isPresent()) {
            enterCode(Totp.nextCode(username));
            rememberSession(username, password);
        }
        return this;
    }

    /**
     * For a user with a second factor whose Keycloak session the tests keep ({@link KeycloakSessions}): hands this
     * browser the session's cookies and asks for the login page again, which Keycloak answers with single sign-on;
     * whether the browser left Keycloak. If Keycloak no longer knows the session, it shows its login form again.
     */
    private boolean resumeSession(String username, String password) {
        Optional<Map<String, String>> session = KeycloakSessions.of(username, password);
        if (session.isEmpty()) {
            return false;
        }
        session.get().forEach((cookie, value) -> devTools().executeCdpCommand("Network.setCookie", Map.of(
                "name", cookie, "value", value, "url", TestEnvironment.realmUrl() + "/",
                "path", URI.create(TestEnvironment.realmUrl()).getPath() + "/", "secure", true,
                "httpOnly", "KEYCLOAK_IDENTITY".equals(cookie), "sameSite", "None")));
        driver.navigate().refresh();
        boolean left = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                !d.getCurrentUrl().startsWith(TestEnvironment.keycloakUrl()) ? Boolean.TRUE
                        : !d.findElements(By.id("username")).isEmpty() ? Boolean.FALSE : null);
        if (!left) {
            KeycloakSessions.forget(username);
        }
        return left;
    }

    /** Keeps the Keycloak session the user signed in to with password and code, once Keycloak has set its cookies. */
    private void rememberSession(String username, String password) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        do {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cookies = (List<Map<String, Object>>) devTools().executeCdpCommand(
                    "Network.getCookies", Map.of("urls", List.of(TestEnvironment.realmUrl() + "/"))).get("cookies");
            Map<String, String> byName = new HashMap<>();
            cookies.forEach(cookie -> byName.put((String) cookie.get("name"), (String) cookie.get("value")));
            if (byName.keySet().containsAll(KeycloakSessions.COOKIES)
                    && !driver.getCurrentUrl().startsWith(TestEnvironment.keycloakUrl())) {
                KeycloakSessions.remember(username, password, byName);
                return;
            }
            sleep(Duration.ofMillis(100));
        } while (Instant.now().isBefore(deadline));
    }

    private ChromeDriver devTools() {
        return (ChromeDriver) driver;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Types a one-time code into Keycloak's code form, which must be showing or about to. */
    public Browser enterCode(String code) {
        WebElement otp = waitFor(By.id("otp"));
        otp.clear();
        otp.sendKeys(code);
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    /** Opens the dashboard, logs in through Keycloak and waits for the dashboard. */
    public Browser logInToDashboard(String username) {
        open("/app/dashboard.xhtml");
        logInAs(username, "demo");
        waitFor(By.id("page-title"));
        return this;
    }

    /**
     * The errors the browser's console received since the last call (scripts that failed, resources that did not
     * load): each as its message.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Downloads {@code href} (an absolute address, such as an export link's) in this browser's session; asserts a 200
     * answer sent as an attachment.
     */
    public byte[] download(String href) throws IOException, InterruptedException {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                        .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue())
                        .timeout(Duration.ofSeconds(60)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment"));
        return response.body();
    }

    public void screenshot(String name) {
        try {
            Path file = TestEnvironment.buildDirectory().resolve("screenshots").resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
