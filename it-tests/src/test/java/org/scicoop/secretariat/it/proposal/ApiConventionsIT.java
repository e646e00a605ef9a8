package org.scicoop.secretariat.it.proposal;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scicoop.secretariat.it.call.CallDocuments;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.Pdfs;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.NAIROBI;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.SORBONNE;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.TSINGHUA;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * The API's conventions (issue 10, docs/README.md "Conventions"), each shown once over everything it applies to:
 * every collection pages the same way; every change of a versioned resource wants If-Match (428 without, 412 with a
 * stale one, in the caller's language); what a client GETs it may PUT back; the OpenAPI document is valid.
 */
class ApiConventionsIT extends DeployedApplication {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"(\\w+)\"");

    /** A collection of the API and who reads it (null: anyone). */
    record Collection(String path, String reader) {
        @Override
        public String toString() {
            return "GET " + path;
        }
    }

    static Stream<Collection> collections() {
        // at least two people have logged in (the officer and the administrator), so persons has more than one page
        Http.getWithToken("/api/v1/me", demoToken("officer"));
        Http.getWithToken("/api/v1/me", demoToken("admin"));
        return Stream.of(
                new Collection("/api/v1/calls", "officer"),
                new Collection("/api/v1/organisations", "admin"),
                new Collection("/api/v1/persons", "officer"),
                new Collection("/api/v1/proposals", "officer"),
                new Collection("/api/v1/projects", "officer"),
                new Collection("/api/v1/reviews", "reviewer2"),
                new Collection("/api/v1/public/calls", null),
                new Collection("/api/v1/public/projects", null),
                new Collection("/api/v1/countries", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("collections")
    void everyCollectionPagesTheSameWay(Collection collection) {
        HttpResponse<String> first = get(collection, "?page=0&size=1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Json.parse(first.body()).getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
        assertThat(Json.list(first.body(), "")).hasSize(1);
        long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(total).as("the demo data has more than one of each").isGreaterThan(1);
        Map<String, String> links = links(first);
        assertThat(links).containsKeys("first", "next", "last").doesNotContainKey("prev");
        assertThat(links.get("first")).contains("page=0").contains("size=1");
        assertThat(links.get("next")).contains("page=1");
        assertThat(links.get("last")).contains("page=" + (total - 1));

        HttpResponse<String> last = get(collection, "?page=" + (total - 1) + "&size=1");
        assertThat(Json.list(last.body(), "")).hasSize(1);
        assertThat(links(last)).containsKeys("first", "prev", "last").doesNotContainKey("next");
        assertThat(get(collection, "?page=" + total + "&size=1").body()).as("past the end").isEqualTo("[]");

        for (String wrong : List.of("?page=-1", "?size=0", "?size=100000", "?page=2147483647&size=200")) {
            HttpResponse<String> refused = get(collection, wrong, "Accept-Language", "fr");
            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(Json.text(refused.body(), "detail")).as(wrong).startsWith("La page");
        }
    }

    /** A change of a versioned resource: how to make it (token, the If-Match headers to send) on a fresh one. */
    record Change(String name, Function<String[], HttpResponse<String>> send) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Change> changes() {
        String officer = demoToken("officer");
        String member = demoToken("member");
        return Stream.of(
                new Change("PUT /calls/{code}", h -> {
                    String code = draftCall();
                    return Http.send("PUT", callPath(code), officer, Http.getWithToken(callPath(code), officer).body(), h);
                }),
                new Change("POST /calls/{code}/open", h -> Http.send("POST", callPath(draftCall()) + "/open", officer, null, h)),
                new Change("POST /calls/{code}/extend", h -> Http.send("POST", callPath(openCall()) + "/extend", officer,
                        "{\"newDeadline\": \"" + Instant.now().plus(90, ChronoUnit.DAYS) + "\", \"reason\": \"r\"}", h)),
                new Change("POST /calls/{code}/cancel", h -> Http.send("POST", callPath(draftCall()) + "/cancel", officer,
                        "{\"reason\": \"r\"}", h)),
                new Change("POST /calls/{code}/documents", h -> Http.postFile(callPath(draftCall()) + "/documents", officer,
                        Map.of("title", "Guide", "kind", "GUIDE"), "guide.pdf", Pdfs.pdf("guide"), h)),
                new Change("DELETE /calls/{code}/documents/{id}", h -> {
                    String code = draftCall();
                    HttpResponse<String> added = CallDocuments.upload(officer, code, "Guide", "GUIDE", "g.pdf",
                            Pdfs.pdf("g"));
                    return Http.send("DELETE", callPath(code) + "/documents/" + Json.number(added.body(),
                            "documents[0].id"), officer, null, h);
                }),
                new Change("PUT /proposals/{id}", h -> {
                    ProposalsApi.Made draft = draft();
                    return Http.send("PUT", draft.path(), member, Http.getWithToken(draft.path(), member).body(), h);
                }),
                new Change("PUT /proposals/{id}/partners/{partnerId}", h -> {
                    ProposalsApi.Made draft = draft();
                    return Http.send("PUT", draft.path() + "/partners/" + draft.partnerIds().get(1), member,
                            partnerAsRead(draft, 1), h);
                }),
                new Change("POST /proposals/{id}/attachments", h -> ProposalsApi.upload(member, draft().id(), "LETTER",
                        "letter.pdf", Pdfs.pdf("letter"), h)),
                new Change("DELETE /proposals/{id}/attachments/{attachmentId}", h -> {
                    ProposalsApi.Made draft = draft();
                    return Http.send("DELETE", draft.path() + "/attachments/" + draft.attachmentId(), member, null, h);
                }),
                new Change("POST /proposals/{id}/partners/{partnerId}/invite", h -> {
                    ProposalsApi.Made draft = draft();
                    return Http.send("POST", draft.path() + "/partners/" + draft.partnerIds().get(1) + "/invite", member,
                            null, h);
                }),
                new Change("POST /proposals/{id}/submit", h -> Http.send("POST", draft().path() + "/submit", member, null, h)),
                new Change("POST /proposals/{id}/reopen", h -> Http.send("POST",
                        ProposalsApi.submitted("member", draft()).path() + "/reopen", member, null, h)),
                new Change("POST /proposals/{id}/withdraw", h -> Http.send("POST", draft().path() + "/withdraw", member,
                        null, h)),
                new Change("POST /proposals/{id}/screening", h -> Http.send("POST",
                        ProposalsApi.submitted("member", draft()).path() + "/screening", officer,
                        "{\"eligible\": true}", h)),
                new Change("POST /projects/{id}/milestones", h -> Http.send("POST", demoProject(officer) + "/milestones",
                        officer, "{\"title\": \"Mid-term review\", \"kind\": \"EVENT\", \"dueDate\": \""
                                + LocalDate.now().plusMonths(6) + "\"}", h)),
                new Change("POST /projects/{id}/closure", h -> Http.send("POST", demoProject(officer) + "/closure",
                        officer, "{\"state\": \"COMPLETED\", \"reason\": \"Done.\"}", h)));
    }

    /** The demo project POLLINATE (changes here stop at the version check: nothing changes). */
    private static String demoProject(String officer) {
        return "/api/v1/projects/" + Json.number(Http.getWithToken("/api/v1/projects?q=POLLINATE", officer).body(),
                "[0].id");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void everyChangeOfAVersionedResourceNeedsTheVersionRead(Change change) {
        HttpResponse<String> missing = change.send().apply(new String[]{"Accept-Language", "zh"});

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(428);
        assertThat(Json.text(missing.body(), "code")).isEqualTo("ifMatchRequired");
        assertThat(Json.text(missing.body(), "detail")).isEqualTo(Bundles.text("zh", "problem.ifMatchRequired"));

        HttpResponse<String> stale = change.send().apply(new String[]{"Accept-Language", "es", "If-Match", "\"987654\""});

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Json.text(stale.body(), "code")).isEqualTo("concurrentChange");
        assertThat(Json.text(stale.body(), "detail")).startsWith("Otra persona");
    }

    @Test
    void whatAClientGetsItMayPutBackUnchanged() {
        String officer = demoToken("officer");
        String code = draftCall();
        HttpResponse<String> call = Http.getWithToken(callPath(code), officer);
        HttpResponse<String> callBack = Http.send("PUT", callPath(code), officer, call.body(), "If-Match",
                call.headers().firstValue("ETag").orElseThrow());
        assertThat(callBack.statusCode()).as(callBack.body()).isEqualTo(200);
        assertThat(Json.text(callBack.body(), "title")).isEqualTo(Json.text(call.body(), "title"));
        assertThat(Json.number(callBack.body(), "minPartners")).isEqualTo(Json.number(call.body(), "minPartners"));

        String member = demoToken("member");
        ProposalsApi.Made draft = draft();
        HttpResponse<String> proposal = Http.getWithToken(draft.path(), member);
        HttpResponse<String> proposalBack = Http.send("PUT", draft.path(), member, proposal.body(), "If-Match",
                proposal.headers().firstValue("ETag").orElseThrow());
        assertThat(proposalBack.statusCode()).as(proposalBack.body()).isEqualTo(200);
        assertThat(Json.at(proposalBack.body(), "content.partners")).isEqualTo(Json.at(proposal.body(), "content.partners"));
        assertThat(Json.at(proposalBack.body(), "content.milestones")).isEqualTo(Json.at(proposal.body(), "content.milestones"));

        HttpResponse<String> partnerBack = Http.send("PUT", draft.path() + "/partners/" + draft.partnerIds().get(1),
                member, partnerAsRead(draft, 1), "If-Match", proposalBack.headers().firstValue("ETag").orElseThrow());
        assertThat(partnerBack.statusCode()).as(partnerBack.body()).isEqualTo(200);
        assertThat(Json.at(partnerBack.body(), "content.partners[1]")).isEqualTo(Json.at(proposal.body(), "content.partners[1]"));
    }

    @Test
    void theOpenApiDocumentIsValidOpenApi31AndDescribesTheConventions() {
        HttpResponse<String> document = Http.get("/openapi", "Accept", "application/json");
        assertThat(document.statusCode()).isEqualTo(200);

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, options);

        assertThat(parsed.getMessages()).as("what the validator found").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKey("keycloak");
        Set<String> ids = new HashSet<>();
        JsonObject paths = Json.parse(document.body()).asJsonObject().getJsonObject("paths");
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            JsonObject operation = value.asJsonObject();
            String name = method.toUpperCase() + " " + path;
            assertThat(operation.getString("operationId", null)).as(name).isNotBlank();
            assertThat(ids.add(operation.getString("operationId"))).as("unique id of " + name).isTrue();
            JsonObject responses = operation.getJsonObject("responses");
            assertThat(responses.keySet()).as(name).contains("400", "500");
            if (operation.containsKey("security")) {
                assertThat(responses.keySet()).as(name).contains("401", "403");
            }
            if (path.contains("{")) {
                assertThat(responses.keySet()).as(name).contains("404");
            }
            if (operation.getJsonArray("parameters") != null && operation.getJsonArray("parameters").stream()
                    .anyMatch(p -> "If-Match".equals(p.asJsonObject().getString("name", "")))) {
                assertThat(responses.keySet()).as(name).contains("412", "428");
            }
        }));
        assertThat(ids).contains("listCalls", "replaceProposal", "listAccountLinks");
        assertThat(Json.at(document.body(), "paths./api/v1/proposals.get.responses.200.headers.X-Total-Count"))
                .isNotNull();
    }

    // ---------------------------------------------------------------- fresh resources

    private static String draftCall() {
        return CallDocuments.draft(demoToken("officer"), CallDocuments.newCode("IT-CONV"));
    }

    private static String openCall() {
        return CallDocuments.open(demoToken("officer"), draftCall());
    }

    private static String callPath(String code) {
        return "/api/v1/calls/" + code;
    }

    private static ProposalsApi.Made draft() {
        return ProposalsApi.completeDraft("member", ProposalsApi.openCall(), SORBONNE, List.of(TSINGHUA, NAIROBI));
    }

    /** A partner of the proposal as the GET showed it. */
    private static String partnerAsRead(ProposalsApi.Made draft, int partner) {
        return Json.at(Http.getWithToken(draft.path(), demoToken("member")).body(), "content.partners[" + partner + "]")
                .toString();
    }

    private static HttpResponse<String> get(Collection collection, String query, String... headers) {
        String[] all = Stream.concat(Stream.of("Accept", "application/json"), Stream.of(headers)).toArray(String[]::new);
        if (collection.reader() == null) {
            return Http.get(collection.path() + query, all);
        }
        return Http.send("GET", collection.path() + query, demoToken(collection.reader()), null, headers);
    }

    private static Map<String, String> links(HttpResponse<String> response) {
        Map<String, String> links = new java.util.HashMap<>();
        for (String header : response.headers().allValues("Link")) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                links.put(link.group(2), link.group(1));
            }
        }
        return links;
    }
}
