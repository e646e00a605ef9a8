package org.scicoop.secretariat.it.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Public pages: open to anyone, stateless, in the visitor's language, with security headers. */
class PublicPagesIT extends DeployedApplication {

    @Test
    void landingPageIsPublicAndCreatesNoSession() {
        HttpResponse<String> response = Http.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(Bundles.text("en", "landing.title"))
                .contains("id=\"login\"")
                .as("open demo calls are listed, drafts are not")
                .contains("STI-2026-CLIM-01").doesNotContain("STI-2027-ENER-01");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void manyAnonymousVisitsLeaveNoSessionBehind() {
        for (String path : new String[]{"/", "/privacy.xhtml", "/index.xhtml?lang=zh", "/missing.xhtml"}) {
            assertThat(Http.get(path).headers().allValues("Set-Cookie"))
                    .as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : new String[]{"/", "/api/v1/countries", "/app/dashboard.xhtml", "/missing.xhtml"}) {
            HttpResponse<String> response = Http.get(path);
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
                    .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void pagesLimitScriptsWithANonce() {
        HttpResponse<String> response = Http.get("/");

        assertThat(response.headers().allValues("Content-Security-Policy"))
                .singleElement().satisfies(csp -> assertThat(csp).containsPattern("script-src 'self' 'nonce-[^']+';"));
    }

    @Test
    void aPageTheBrowserRevalidatesRunsItsScriptsUnderItsOwnPolicy() {
        try (Browser visitor = new Browser()) {
            visitor.open("/calls.xhtml");
            visitor.waitFor(By.tagName("main"));
            assertThat(visitor.consoleErrors()).isEmpty();

            visitor.driver().navigate().refresh();
            visitor.waitFor(By.tagName("main"));

            JavascriptExecutor page = (JavascriptExecutor) visitor.driver();
            Map<?, ?> navigation = (Map<?, ?>) page.executeScript("const n = performance.getEntriesByType("
                    + "'navigation')[0]; return {transfer: n.transferSize, body: n.encodedBodySize};");
            assertThat(((Number) navigation.get("transfer")).longValue())
                    .as("answered 304: the headers only, the page from the cache")
                    .isPositive().isLessThan(((Number) navigation.get("body")).longValue());
            assertThat((Long) page.executeScript("return document.querySelectorAll('script[nonce]').length"))
                    .as("the cached page's scripts, with its nonce").isPositive();
            // the 304 carries no policy (publicPagesAreCacheableWithAnETagPerLanguage), so the cached page keeps its
            // own; one on the 304 would replace it: undertow-handlers.conf's fallback refuses every script and
            // stylesheet, the filter's (another nonce or none) an inline script of the page
            assertThat(visitor.consoleErrors()).as("nothing refused by the policy").isEmpty();
        }
    }

    @Test
    void protectedPageSendsTheBrowserToKeycloakWithPkce() {
        HttpResponse<String> response = Http.get("/app/dashboard.xhtml", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(TestEnvironment.realmUrl() + "/protocol/openid-connect/auth")
                .contains("client_id=secretariat-web")
                .contains("code_challenge_method=S256"));
    }

    @Test
    void languageChosenInTheAddressIsRemembered() {
        HttpResponse<String> french = Http.get("/?lang=fr");

        assertThat(french.body()).contains("lang=\"fr\"").contains(Bundles.text("fr", "landing.title"));
        assertThat(french.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("secretariat-lang=fr"));

        HttpResponse<String> later = Http.get("/privacy.xhtml", "Cookie", "secretariat-lang=fr");
        assertThat(later.body()).contains(Bundles.text("fr", "privacy.title"));
    }

    @Test
    void browserLanguageIsTheDefault() {
        HttpResponse<String> spanish = Http.get("/", "Accept-Language", "es-AR,es;q=0.9,en;q=0.5");
        HttpResponse<String> chinese = Http.get("/", "Accept-Language", "zh-CN,zh;q=0.9");

        assertThat(spanish.body()).contains("lang=\"es\"").contains(Bundles.text("es", "landing.title"));
        assertThat(chinese.body()).contains("lang=\"zh-Hans\"").contains(Bundles.text("zh", "landing.title"));
    }

    @Test
    void unknownPageExplainsItselfInTheVisitorsLanguageWithoutStackTrace() {
        HttpResponse<String> response = Http.get("/no-such-page.xhtml", "Cookie", "secretariat-lang=es");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains(Bundles.text("es", "error.404.title"))
                .doesNotContain("Caused by").doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.");
    }

    @Test
    void publicPagesAreCacheableWithAnETagPerLanguage() {
        for (String path : new String[]{"/", "/calls.xhtml", "/call.xhtml?code=STI-2026-CLIM-01"}) {
            HttpResponse<String> first = Http.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));

            assertThat(Http.get(path).headers().firstValue("ETag")).as("same content, same tag").contains(etag);
            HttpResponse<String> revalidated = Http.get(path, "If-None-Match", etag);
            assertThat(revalidated.statusCode()).as(path).isEqualTo(304);
            assertThat(revalidated.body()).isEmpty();
            assertThat(revalidated.headers().allValues("Content-Security-Policy"))
                    .as("no policy: the cached page keeps the one with its nonce").isEmpty();
            assertThat(Http.get(path, "Cookie", "secretariat-lang=fr").headers().firstValue("ETag"))
                    .as("another language, another tag").isPresent().isNotEqualTo(java.util.Optional.of(etag));

            String lastModified = first.headers().firstValue("Last-Modified")
                    .orElseThrow(() -> new AssertionError("no Last-Modified on " + path));
            ZonedDateTime modified = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
            assertThat(modified.toInstant()).as(path).isBeforeOrEqualTo(Instant.now());
            assertThat(Http.get(path, "If-Modified-Since", lastModified).statusCode())
                    .as("unchanged since its date: " + path).isEqualTo(304);
            String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.minusDays(1));
            assertThat(Http.get(path, "If-Modified-Since", dayBefore).statusCode())
                    .as("changed since the day before: " + path).isEqualTo(200);
            assertThat(Http.get(path, "If-None-Match", "\"other\"", "If-Modified-Since", lastModified).statusCode())
                    .as("If-None-Match takes precedence: " + path).isEqualTo(200);
        }
    }

    @Test
    void publicPagesAnnounceTheCallsFeedInTheVisitorsLanguage() {
        for (String path : new String[]{"/", "/calls.xhtml", "/call.xhtml?code=STI-2026-CLIM-01"}) {
            for (String language : new String[]{"en", "zh"}) {
                String page = Http.get(path, "Cookie", "secretariat-lang=" + language).body();
                String head = page.substring(0, page.indexOf("</head>"));
                Matcher link = Pattern.compile("<link[^>]*\\brel=\"alternate\"[^>]*>").matcher(head);
                assertThat(link.find()).as(path + ": an alternate link in the head").isTrue();
                assertThat(attribute(link.group(), "type")).as(path).isEqualTo("application/atom+xml");
                assertThat(attribute(link.group(), "title")).as(path + " in " + language)
                        .isEqualTo(Bundles.text(language, "calls.public.feed"));

                HttpResponse<String> feed = Http.get(attribute(link.group(), "href"));
                assertThat(feed.statusCode()).as(path).isEqualTo(200);
                assertThat(feed.headers().firstValue("Content-Type")).as(path)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
                assertThat(feed.body()).contains("<feed").contains("STI-2026-CLIM-01");
                assertThat(feed.body()).as("the feed speaks the page's language")
                        .contains("xml:lang=\"" + (language.equals("zh") ? "zh-CN" : "en") + "\"");
            }
        }
    }

    @Test
    void theFeedsEntriesGiveTheirDatesAsPeopleReadThemAndAsRfc3339ForFeedReaders() {
        Map<String, Instant> deadlines = Json.objects(Http.get("/api/v1/public/calls?status=OPEN&size=200").body(), "").stream()
                .collect(Collectors.toMap(call -> call.getString("code"), call -> Instant.parse(call.getString("deadline"))));
        for (String language : new String[]{"en", "zh", "fr"}) {
            Locale locale = language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(language);
            HttpResponse<String> feed = Http.get("/api/v1/public/calls.atom?lang=" + language);
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().allValues("Vary")).as("a cache keeps a copy per language").isNotEmpty();
            Matcher entry = Pattern.compile("<entry>(.*?)</entry>", Pattern.DOTALL).matcher(feed.body());
            int entries = 0;
            while (entry.find()) {
                String xml = entry.group(1);
                String code = element(xml, "title").substring(0, element(xml, "title").indexOf(':'));
                Instant opens = OffsetDateTime.parse(element(xml, "published")).toInstant();
                assertThat(OffsetDateTime.parse(element(xml, "updated")).toInstant()).isEqualTo(opens);
                assertThat(element(xml, "summary")).as("no raw timestamp").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
                Instant deadline = deadlines.get(code);
                if (deadline == null) {
                    continue; // beyond the API's page (the suite opens many calls): its dates cannot be compared
                }
                DateTimeFormatter readable = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale).withZone(ZoneOffset.UTC);
                assertThat(element(xml, "summary")).as(code + " in " + language).isEqualTo(new MessageFormat(
                        Bundles.text(language, "feed.entry"), locale).format(new Object[]{
                        readable.format(opens) + " (UTC)", readable.format(deadline) + " (UTC)"}));
                entries++;
            }
            assertThat(entries).as("the demo's open calls").isPositive();
        }
    }

    /** The text of an element of an Atom entry, its XML entities read back. */
    private static String element(String xml, String name) {
        Matcher value = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(xml);
        assertThat(value.find()).as(name + " in " + xml).isTrue();
        return value.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String attribute(String element, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(element);
        if (!value.find()) {
            throw new AssertionError("no " + name + " in " + element);
        }
        return value.group(1);
    }

    @Test
    void privacyNoticeSaysWhatIsKeptWhyAndHowLong() {
        HttpResponse<String> response = Http.get("/privacy.xhtml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(Bundles.text("en", "privacy.what.title"))
                .contains(Bundles.text("en", "privacy.why.title"))
                .contains(Bundles.text("en", "privacy.howLong.title"));
        String contact = System.getenv("SECRETARIAT_PRIVACY_CONTACT");
        assertThat(contact).as("the tests configure the contact (it-tests/pom.xml)").isEqualTo("data-protection@it.scicoop.example");
        assertThat(response.body()).as("the data-protection contact comes from the configuration, not the default")
                .contains(Bundles.text("en", "privacy.contact.title"))
                .contains("<a id=\"privacy-contact\" href=\"mailto:" + contact + "\">" + contact + "</a>")
                .doesNotContain("privacy@secretariat.example");
    }

    @Test
    void publicListPagesTakeAnyPageNumberWithoutAnError() {
        HttpResponse<String> beyond = Http.get("/calls.xhtml?archive=999&open=x&forthcoming=-1");

        assertThat(beyond.statusCode()).isEqualTo(200);
        assertThat(beyond.body()).as("a page past the end shows the last one").contains("STI-2025-FOOD-01")
                .contains("STI-2026-CLIM-01").contains("STI-2026-HLTH-01");
        assertThat(beyond.headers().allValues("Set-Cookie")).isEmpty();
    }
}
