package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.scicoop.secretariat.it.project.ProjectsApi;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.Axe.violations;
import static org.scicoop.secretariat.it.support.Axe.violationsWithin;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Every page each role can open (issue 12), on a desktop (1366 × 900) and a phone (390 × 844), in English and
 * Chinese: WCAG 2.1 AA as axe checks it (the desktop in English, the phone in Chinese: see {@link #AXE_ON_DESKTOP};
 * a page several roles open for one of them: {@link #AXE_FOR}), no sideways page scrolling, no error in the
 * browser's console. Selected, hovered and focused states keep their contrast (the editor's step labels, "Save
 * draft", a sorted and hovered table), and the officers' lists fit a 1280 px window without scrolling sideways.
 * <p>
 * Two browsers per role, one per language, logged in once each and run at once; each page is loaded once per language
 * and looked at in both sizes. Every problem of every page is collected, so that one run tells them all. Screenshots at 390 px:
 * {@code phone-<role>-<lang>-dashboard.png}, {@code -list.png}, {@code phone-member-<lang>-editor.png}.
 */
class EveryPageJourneyIT extends DeployedApplication {

    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension SMALL_DESKTOP = new Dimension(1280, 800);
    private static final List<String> LANGUAGES = List.of("en", "zh");
    /**
     * Where axe runs: each page's desktop layout in English, its phone layout in Chinese. Axe's rules do not change
     * with the language of the same markup and colours; what a language changes is the text's length, which matters
     * most at 390 px, so Chinese is checked there. Every page of both languages is still checked at both widths for
     * sideways scrolling and console errors. (Axe twice per page in English made the English browser the slower of
     * the two that run at once by a third.)
     */
    private static final Set<String> AXE_ON_DESKTOP = Set.of("en");
    private static final Set<String> AXE_ON_PHONE = Set.of("zh");
    private static final String OPEN_CALL = "STI-2026-CLIM-01";
    private static final String CLOSED_CALL = "STI-2025-FOOD-01";
    private static final String DRAFT_CALL = "STI-2027-ENER-01";
    /**
     * The pages that several roles open, each axe-checked for one of them: the role that sees the most of it (the
     * officer's lists have the filters, charts and exports; the public pages are the visitor's). The other roles'
     * layouts of them are still checked at both widths for sideways scrolling and console errors.
     */
    private static final Map<String, String> AXE_FOR = Map.of(
            "/calls.xhtml", "visitor",
            "/call.xhtml?code=" + OPEN_CALL, "visitor",
            "/privacy.xhtml", "visitor",
            "/app/calls/index.xhtml", "officer",
            "/app/calls/view.xhtml?code=" + OPEN_CALL, "officer",
            "/app/proposals/list.xhtml", "officer",
            "/app/evaluation/experts.xhtml", "officer");
    private static final List<String> STEPS = List.of("CALL", "PARTNERS", "BUDGET", "MILESTONES", "ATTACHMENTS",
            "REVIEW");

    /** A page as its role reaches it: a path, and the editor's step to choose there (or none). */
    private record Page(String path, String step) {

        static Page of(String path) {
            return new Page(path, null);
        }

        String name() {
            return step == null ? path : path + " (" + step + ")";
        }
    }

    @Test
    void theAnonymousVisitorsPages() {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        perLanguage(null, (visitor, language) -> checkEverywhere(visitor, "visitor", language,
                List.of(Page.of("/"), Page.of("/calls.xhtml"), Page.of("/call.xhtml?code=" + OPEN_CALL),
                        Page.of("/call.xhtml?code=" + CLOSED_CALL), Page.of("/privacy.xhtml")), problems));
        assertThat(problems).isEmpty();
    }

    @Test
    void aConsortiumMembersPagesAndEveryStepOfTheEditor() throws InterruptedException {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        String draft = proposal("COASTWISE");
        // the member's funded project (the demo's projects are of consortia without a demo account)
        long project = ProjectsApi.decided().firstProject();
        long milestone = ProjectsApi.milestone(Http.getWithToken(ProjectsApi.BASE + "/" + project, demoToken("member"))
                .body(), 0).getJsonNumber("id").longValueExact();
        List<Page> pages = new ArrayList<>(List.of(Page.of("/app/dashboard.xhtml"), Page.of("/calls.xhtml"),
                Page.of("/call.xhtml?code=" + OPEN_CALL), Page.of("/app/proposals/index.xhtml"),
                Page.of("/app/proposals/new.xhtml?call=" + OPEN_CALL),
                Page.of("/app/proposals/proposal.xhtml?id=" + proposal("HEATNET")),
                Page.of("/app/proposals/history.xhtml?id=" + proposal("HEATNET")), Page.of("/privacy.xhtml"),
                Page.of("/app/projects/index.xhtml"), Page.of("/app/projects/project.xhtml?id=" + project),
                Page.of("/app/projects/report.xhtml?project=" + project + "&milestone=" + milestone),
                Page.of("/app/projects/history.xhtml?id=" + project), Page.of("/app/projects/calendar.xhtml")));
        STEPS.forEach(step -> pages.add(new Page("/app/proposals/proposal.xhtml?id=" + draft, step)));
        perLanguage("member", (member, language) -> {
            checkEverywhere(member, "member", language, pages, problems);
            editorStates(member, draft, language, problems);
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aProgrammeOfficersPagesAndListsAt1280Pixels() {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        String demoProject = Database.single("select pr.id from project pr join proposal p on p.id = pr.proposal_id"
                + " where p.acronym = ?", "POLLINATE");
        perLanguage("officer", (officer, language) -> {
            checkEverywhere(officer, "officer", language, List.of(Page.of("/app/dashboard.xhtml"),
                    Page.of("/app/calls/index.xhtml"), Page.of("/app/calls/view.xhtml?code=" + OPEN_CALL),
                    Page.of("/app/calls/view.xhtml?code=" + DRAFT_CALL), Page.of("/app/calls/edit.xhtml?code=" + DRAFT_CALL),
                    Page.of("/app/calls/edit.xhtml"), Page.of("/app/proposals/list.xhtml"),
                    Page.of("/app/proposals/proposal.xhtml?id=" + proposal("SOILRISE")),
                    Page.of("/app/proposals/screening.xhtml?id=" + proposal("SOILRISE")),
                    Page.of("/app/proposals/screening.xhtml?id=" + proposal("HEATNET")),
                    Page.of("/app/evaluation/experts.xhtml"), Page.of("/app/projects/portfolio.xhtml"),
                    Page.of("/app/projects/project.xhtml?id=" + demoProject)), problems);
            listsFitASmallDesktop(officer, language, problems);
            tableStates(officer, language, problems);
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aNationalContactsPages() {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        perLanguage("contact", (contact, language) -> checkEverywhere(contact, "contact", language,
                List.of(Page.of("/app/dashboard.xhtml"), Page.of("/app/calls/index.xhtml"),
                        Page.of("/app/calls/view.xhtml?code=" + OPEN_CALL), Page.of("/app/proposals/list.xhtml"),
                        Page.of("/app/proposals/proposal.xhtml?id=" + proposal("HEATNET"))), problems));
        assertThat(problems).isEmpty();
    }

    @Test
    void aReviewersPages() {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        perLanguage("reviewer", (reviewer, language) -> checkEverywhere(reviewer, "reviewer", language,
                List.of(Page.of("/app/dashboard.xhtml"), Page.of("/app/calls/index.xhtml"),
                        Page.of("/app/calls/view.xhtml?code=" + OPEN_CALL),
                        Page.of("/app/calls/view.xhtml?code=" + CLOSED_CALL), Page.of("/privacy.xhtml")), problems));
        assertThat(problems).isEmpty();
    }

    @Test
    void anAdministratorsPagesWithTheAgenciesByCountryNameInTheReadersLanguage() {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        perLanguage("admin", (admin, language) -> {
            checkEverywhere(admin, "admin", language, List.of(Page.of("/app/dashboard.xhtml"),
                    Page.of("/app/admin/exchange-rates.xhtml"), Page.of("/app/admin/agencies.xhtml"),
                    Page.of("/app/admin/organisations.xhtml"), Page.of("/app/admin/themes.xhtml"),
                    Page.of("/app/admin/countries.xhtml"), Page.of("/app/calls/index.xhtml"),
                    Page.of("/app/proposals/list.xhtml"), Page.of("/app/evaluation/experts.xhtml"),
                    Page.of("/app/admin/people.xhtml")), problems);
            agenciesByCountryName(admin, language, problems);
        });
        assertThat(problems).isEmpty();
    }

    /** A browser signed in as {@code username}; closed again when the sign-in fails (no Chromium left running). */
    private static Browser loggedIn(String username) {
        Browser browser = new Browser();
        try {
            browser.logInToDashboard(username);
            return browser;
        } catch (RuntimeException | Error failed) {
            browser.close();
            throw failed;
        }
    }

    private static String proposal(String acronym) {
        return Database.single("select id from proposal where acronym = ?", acronym);
    }

    /**
     * A role's part for each language in a browser of its own, the languages at once (each browser signed in as
     * {@code username}, or anonymous when null — one after the other, before the parts start): most of a page's
     * time is the browser's (axe, layout), which the second browser overlaps. Problems go to a synchronised list;
     * an assertion failing in a part fails the test.
     */
    private static void perLanguage(String username, BiConsumer<Browser, String> part) {
        List<Browser> browsers = new ArrayList<>();
        ExecutorService parts = Executors.newFixedThreadPool(LANGUAGES.size());
        try {
            for (String ignored : LANGUAGES) {
                browsers.add(username == null ? new Browser() : loggedIn(username));
            }
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < LANGUAGES.size(); i++) {
                Browser browser = browsers.get(i);
                String language = LANGUAGES.get(i);
                running.add(parts.submit(() -> part.accept(browser, language)));
            }
            for (Future<?> done : running) {
                done.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // an assertion failed in a part
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            parts.shutdownNow();
            browsers.forEach(Browser::close);
        }
    }

    /** Each page in {@code language}, loaded once and looked at on a desktop and on a phone. */
    private static void checkEverywhere(Browser browser, String role, String language, List<Page> pages,
                                        List<String> problems) {
        for (Page page : pages) {
            String where = role + " " + language + " " + page.name();
            long start = System.nanoTime();
            browser.driver().manage().window().setSize(DESKTOP);
            if (!open(browser, page, language, where, problems)) {
                continue;
            }
            boolean axe = AXE_FOR.getOrDefault(page.path(), role).equals(role);
            lookAt(browser, where + " at 1366 px", axe && AXE_ON_DESKTOP.contains(language), problems);
            browser.driver().manage().window().setSize(PHONE);
            assertThat(width(browser, "window.innerWidth")).as("the phone's viewport").isLessThanOrEqualTo(390);
            settled(browser);
            lookAt(browser, where + " at 390 px", axe && AXE_ON_PHONE.contains(language), problems);
            if (page.path().startsWith("/app/dashboard") || page.path().startsWith("/app/proposals/list")) {
                browser.screenshot("phone-" + role + "-" + language + "-" + page.path().replaceAll(".*/|\\.xhtml.*", ""));
            } else if ("REVIEW".equals(page.step())) {
                script(browser, "document.querySelector('.sc-steps-nav').scrollIntoView()");
                browser.screenshot("phone-" + role + "-" + language + "-editor");
            }
            browser.consoleErrors().forEach(error -> problems.add(where + ": console error " + error));
            System.out.printf(Locale.ROOT, "%s: %d ms%n", where, (System.nanoTime() - start) / 1_000_000);
        }
        browser.driver().manage().window().setSize(DESKTOP);
    }

    /** Opens the page in the language; false (and a problem) when it answers an error page or another language. */
    private static boolean open(Browser browser, Page page, String language, String where, List<String> problems) {
        browser.consoleErrors(); // what an earlier page left
        browser.open(page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + language);
        browser.waitFor(By.tagName("main"));
        browser.awaitAjax();
        if (page.step() != null) {
            browser.waitFor(By.cssSelector("a[data-step='" + page.step() + "']")).click();
            browser.awaitAjax();
            browser.waitFor(By.cssSelector("li.sc-step-active a[data-step='" + page.step() + "']"));
        }
        if (!browser.driver().findElements(By.cssSelector(".sc-error")).isEmpty()) {
            problems.add(where + ": an error page, " + browser.driver().getTitle());
            return false;
        }
        String lang = script(browser, "return document.documentElement.lang");
        if (!lang.startsWith(language)) {
            problems.add(where + ": in the language " + lang);
            return false;
        }
        return true;
    }

    /**
     * Gives the page up to two seconds to follow a new window size: PrimeFaces resizes a sticky table header's copy
     * in its own resize handler, which a busy machine runs after the check would. A page that still scrolls
     * sideways after that is reported by {@link #lookAt}.
     */
    private static void settled(Browser browser) {
        long until = System.nanoTime() + 2_000_000_000L;
        while (width(browser, "document.documentElement.scrollWidth - document.documentElement.clientWidth") > 0
                && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Sideways page scrolling at the window's present size, and axe's violations where {@code axe}. */
    private static void lookAt(Browser browser, String where, boolean axe, List<String> problems) {
        int sideways = width(browser, "document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (sideways > 0) {
            problems.add(where + ": the page scrolls sideways by " + sideways + " px (widest: " + widest(browser) + ")");
        }
        if (axe) {
            violations(browser).forEach(violation -> problems.add(where + ": " + violation));
        }
    }

    /** The step labels hovered and selected, and "Save draft" focused from the keyboard, keep their contrast. */
    private static void editorStates(Browser member, String draft, String language, List<String> problems) {
        String where = "member " + language + " editor ";
        member.driver().manage().window().setSize(DESKTOP);
        if (!open(member, new Page("/app/proposals/proposal.xhtml?id=" + draft, "PARTNERS"), language, where, problems)) {
            return;
        }
        Actions mouse = new Actions(member.driver());
        mouse.moveToElement(member.driver().findElement(By.cssSelector("a[data-step='BUDGET']"))).perform();
        violationsWithin(member, ".sc-steps").forEach(v -> problems.add(where + "hovered step: " + v));
        mouse.moveToElement(member.driver().findElement(By.cssSelector("li.sc-step-active a"))).perform();
        violationsWithin(member, ".sc-steps").forEach(v -> problems.add(where + "hovered selected step: " + v));

        // from the first step's link, back to "Save draft" with the keyboard
        WebElement firstStep = member.driver().findElement(By.cssSelector("a[data-step='CALL']"));
        ((JavascriptExecutor) member.driver()).executeScript("arguments[0].focus()", firstStep);
        mouse.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        WebElement save = member.driver().findElement(By.id("proposal-form:save"));
        assertThat(script(member, "return document.activeElement.id")).as(where + "focus on Save draft")
                .isEqualTo("proposal-form:save");
        assertThat(script(member, "return String(arguments[0].matches(':focus-visible'))", save)).isEqualTo("true");
        String outline = script(member, "var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' '"
                + " + parseFloat(s.outlineWidth) + ' ' + s.outlineColor;", save);
        String[] parts = outline.split(" ", 3);
        if ("none".equals(parts[0]) || Double.parseDouble(parts[1]) < 2) {
            problems.add(where + "Save draft shows no visible focus: " + outline);
        } else {
            String background = script(member, "var e = arguments[0].parentElement;"
                    + "while (e && getComputedStyle(e).backgroundColor.match(/rgba\\(.*, 0\\)|transparent/)) e = e.parentElement;"
                    + "return e ? getComputedStyle(e).backgroundColor : 'rgb(255, 255, 255)';", save);
            double ratio = contrast(parts[2], background);
            if (ratio < 3) {
                problems.add(where + "Save draft's focus outline " + parts[2] + " on " + background + " is "
                        + String.format(Locale.ROOT, "%.2f", ratio) + ":1, under 3:1");
            }
        }
        violationsWithin(member, "#proposal-actions").forEach(v -> problems.add(where + "focused Save draft: " + v));
        mouse.moveToElement(save).perform();
        violationsWithin(member, "#proposal-actions").forEach(v -> problems.add(where + "hovered Save draft: " + v));
    }

    /**
     * The officers' lists fit 1280 px: neither the page nor the table scrolls sideways, no heading is cut. The
     * proposals list of every call (its widest form, with the call column) shows the ineligible ones: found
     * ineligible after a deadline, each offers its screening again, whatever other classes of the run made.
     */
    private static void listsFitASmallDesktop(Browser officer, String language, List<String> problems) {
        officer.driver().manage().window().setSize(SMALL_DESKTOP);
        for (String list : List.of("/app/calls/index.xhtml", "/app/proposals/list.xhtml?status=INELIGIBLE")) {
            String where = "officer " + language + " " + list + " at 1280 px";
            if (!open(officer, Page.of(list), language, where, problems)) {
                continue;
            }
            if (list.contains("proposals")) {
                assertThat(officer.driver().findElements(By.cssSelector("a.sc-screen-link"))).as(where
                        + " offers screening of the closed call's proposals").isNotEmpty();
            }
            int sideways = width(officer, "document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (sideways > 0) {
                problems.add(where + ": the page scrolls sideways by " + sideways + " px (widest: " + widest(officer) + ")");
            }
            int inside = width(officer, "var w = document.querySelector('.ui-datatable-tablewrapper');"
                    + "return w.scrollWidth - w.clientWidth;");
            if (inside > 0) {
                problems.add(where + ": the table scrolls sideways by " + inside + " px (columns: " + script(officer,
                        "return Array.from(document.querySelectorAll('.ui-datatable thead th')).map(function (th) {"
                                + " return th.textContent.trim() + ' ' + th.offsetWidth; }).join(', ');") + ")");
            }
            String cut = script(officer, "return Array.from(document.querySelectorAll('.ui-datatable thead th'))"
                    + ".filter(function (th) { return th.scrollWidth > th.clientWidth; })"
                    + ".map(function (th) { return th.textContent.trim(); }).join(', ');");
            if (!cut.isEmpty()) {
                problems.add(where + ": headings cut: " + cut);
            }
        }
        officer.driver().manage().window().setSize(DESKTOP);
    }

    /** A sorted column (its heading selected) and a hovered row keep their contrast. */
    private static void tableStates(Browser officer, String language, List<String> problems) {
        String where = "officer " + language + " proposals list ";
        if (!open(officer, Page.of("/app/proposals/list.xhtml"), language, where, problems)) {
            return;
        }
        officer.driver().findElement(By.cssSelector("#proposals-form\\:proposals th.ui-sortable-column")).click();
        officer.awaitAjax();
        officer.waitFor(By.cssSelector("#proposals-form\\:proposals th.ui-state-active"));
        new Actions(officer.driver()).moveToElement(officer.driver().findElement(
                By.cssSelector("#proposals-form\\:proposals tbody tr"))).perform();
        violationsWithin(officer, "#proposals-form\\:proposals").forEach(v -> problems.add(where
                + "sorted, row hovered: " + v));
        new Actions(officer.driver()).moveToElement(officer.driver().findElement(
                By.cssSelector("#proposals-form\\:proposals th.ui-state-active"))).perform();
        violationsWithin(officer, "#proposals-form\\:proposals thead").forEach(v -> problems.add(where
                + "sorted heading hovered: " + v));
    }

    /** The administrators' agencies: by the country's name in the reader's language, names not clipped. */
    private static void agenciesByCountryName(Browser admin, String language, List<String> problems) {
        String where = "admin " + language + " agencies ";
        if (!open(admin, Page.of("/app/admin/agencies.xhtml"), language, where, problems)) {
            return;
        }
        List<String> countries = admin.driver().findElements(By.cssSelector("#agency-form\\:agencies tbody tr td:nth-child(3)"))
                .stream().map(WebElement::getText).map(String::strip).toList();
        assertThat(countries).as(where + "rows").hasSizeGreaterThan(3);
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        assertThat(countries).as(where + "by country name in the reader's language").isSortedAccordingTo(collator);
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            admin.driver().manage().window().setSize(size);
            String clipped = script(admin, "return Array.from(document.querySelectorAll('#agency-form\\\\:agencies td'))"
                    + ".filter(function (td) { return td.scrollWidth > td.clientWidth + 1; })"
                    + ".map(function (td) { return td.textContent.trim(); }).join(' | ');");
            if (!clipped.isEmpty()) {
                problems.add(where + "at " + size.getWidth() + " px: cells clipped: " + clipped);
            }
        }
        admin.driver().manage().window().setSize(DESKTOP);
    }

    private static int width(Browser browser, String expression) {
        Object value = ((JavascriptExecutor) browser.driver()).executeScript(
                expression.startsWith("var") ? expression : "return " + expression + ";");
        return ((Number) value).intValue();
    }

    private static String script(Browser browser, String script, Object... arguments) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(script, arguments));
    }

    /** The elements wider than the viewport, outermost first: what makes a page scroll sideways. */
    private static String widest(Browser browser) {
        return script(browser, "var w = document.documentElement.clientWidth, found = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 1 && !found.some(function (f) { return f.contains(e); })"
                + "      && getComputedStyle(e).position !== 'fixed') {"
                + "    found.push(e); } });"
                + "return found.slice(0, 4).map(function (e) { return e.tagName.toLowerCase()"
                + " + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.'"
                + " + String(e.className).trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right)"
                + " + 'px'; }).join(', ');");
    }

    /** WCAG's contrast ratio of two CSS colours given as rgb() or rgba() (alpha ignored). */
    private static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        String[] channels = colour.replaceAll("[^0-9.,]", "").split(",");
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(channels[i]) / 255;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
