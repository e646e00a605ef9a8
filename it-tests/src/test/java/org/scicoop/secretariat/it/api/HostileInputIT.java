package org.scicoop.secretariat.it.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scicoop.secretariat.it.call.CallDocuments;
import org.scicoop.secretariat.it.evaluation.DemoEvaluation;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.Pdfs;
import org.scicoop.secretariat.it.support.RawHttp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.NAIROBI;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.SORBONNE;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.TSINGHUA;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * The fuzz suite of issue 11: every operation of the OpenAPI document ({@code /openapi}) gets hostile path
 * segments, query values, headers, whole bodies and, field by field of its body's schema, values of the wrong kind,
 * out of range or holding invisible and control characters; the uploads get broken multipart bodies and hostile
 * PDFs. Whatever the input: no 5xx, no framework or Java text in the answer, every refusal a problem document, and
 * what is never legal is refused. An operation without a row here fails the suite, so new endpoints are fuzzed too.
 */
class HostileInputIT extends DeployedApplication {

    /** Texts that betray the framework or the code behind the answer: never in any answer. */
    private static final List<String> LEAKS = List.of("RESTEASY", "Exception", "\tat ", "java.lang", "jakarta.",
            "org.jboss", "org.hibernate", "org.scicoop", "io.undertow", "Caused by");
    /** More texts that no refusal may carry (answers may: their data is what clients stored). */
    private static final List<String> REFUSAL_LEAKS = List.of("java.", "org.", "Stack", "<html");

    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final Map<String, Integer> STATUSES = new ConcurrentHashMap<>();

    /** How an operation is called validly: who, the path's values, a valid body, whether it takes If-Match. */
    private record Row(String user, Map<String, String> path, Supplier<String> body, boolean multipart,
                       AtomicReference<String> etag) {

        boolean versioned() {
            return etag != null;
        }
    }

    /** One request of the suite and what is required of its answer. */
    private record Case(String label, String method, String path, List<String> headers, byte[] body,
                        boolean mustRefuse) {
    }

    private static JsonObject openApi;
    private static Map<String, Row> rows;

    @BeforeAll
    static void fixtures() {
        openApi = Json.parse(Http.get("/openapi", "Accept", "application/json").body()).asJsonObject();
        String officer = demoToken("officer");
        String draft = CallDocuments.draft(officer, CallDocuments.newCode("FZ-READ"));
        long documentId = Json.number(CallDocuments.upload(officer, draft, "Guide", "OTHER", "guide.pdf",
                Pdfs.pdf("guide")).body(), "documents[0].id");
        String toUpdate = CallDocuments.draft(officer, CallDocuments.newCode("FZ-UPD"));
        String toCancel = CallDocuments.draft(officer, CallDocuments.newCode("FZ-CAN"));
        String forDocuments = CallDocuments.draft(officer, CallDocuments.newCode("FZ-DOC"));
        String open = ProposalsApi.openCall();
        String toExtend = ProposalsApi.openCall();
        ProposalsApi.Made read = draft(open);
        ProposalsApi.Made toReplace = draft(open);
        ProposalsApi.Made toChangePartner = draft(open);
        ProposalsApi.Made toAttach = draft(open);
        ProposalsApi.Made submitted = ProposalsApi.submitted("member", draft(open));
        long sorbonne = ProposalsApi.organisationId(SORBONNE.organisation());

        rows = new LinkedHashMap<>();
        rows.put("listCalls", row("officer", Map.of()));
        rows.put("createCall", new Row("officer", Map.of(), () -> callJson(CallDocuments.newCode("FZ-NEW")), false, null));
        rows.put("getCall", row("officer", Map.of("code", draft)));
        rows.put("updateCall", versioned("officer", Map.of("code", toUpdate),
                () -> Http.getWithToken("/api/v1/calls/" + toUpdate, demoToken("officer")).body(), "/api/v1/calls/" + toUpdate));
        rows.put("getCallHistory", row("officer", Map.of("code", draft)));
        rows.put("openCall", staleOnly("officer", Map.of("code", draft)));
        rows.put("extendCallDeadline", versioned("officer", Map.of("code", toExtend),
                () -> "{\"newDeadline\": \"" + Instant.now().plus(90, ChronoUnit.DAYS) + "\", \"reason\": \"More time\"}",
                "/api/v1/calls/" + toExtend));
        rows.put("cancelCall", versioned("officer", Map.of("code", toCancel), () -> "{\"reason\": \"No budget\"}",
                "/api/v1/calls/" + toCancel));
        rows.put("cloneCall", new Row("officer", Map.of("code", draft),
                () -> "{\"code\": \"" + CallDocuments.newCode("FZ-CLONE") + "\"}", false, null));
        rows.put("attachCallDocument", new Row("officer", Map.of("code", forDocuments), null, true,
                new AtomicReference<>(Http.etag("/api/v1/calls/" + forDocuments, officer))));
        rows.put("getCallDocument", row("officer", Map.of("code", draft, "id", Long.toString(documentId))));
        rows.put("removeCallDocument", staleOnly("officer", Map.of("code", draft, "id", Long.toString(documentId))));
        rows.put("listProposals", row("member", Map.of()));
        rows.put("createProposal", new Row("member", Map.of(), () -> "{\"callCode\": \"" + open
                + "\", \"acronym\": \"FUZZ\", \"organisationId\": " + sorbonne + "}", false, null));
        rows.put("getProposal", row("member", Map.of("id", Long.toString(read.id()))));
        rows.put("replaceProposal", versioned("member", Map.of("id", Long.toString(toReplace.id())),
                () -> Http.getWithToken(toReplace.path(), demoToken("member")).body(), toReplace.path()));
        rows.put("updatePartner", versioned("member", Map.of("id", Long.toString(toChangePartner.id()),
                        "partnerId", Long.toString(toChangePartner.partnerIds().get(1))),
                () -> Json.at(Http.getWithToken(toChangePartner.path(), demoToken("member")).body(),
                        "content.partners[1]").toString(), toChangePartner.path()));
        rows.put("attachToProposal", new Row("member", Map.of("id", Long.toString(toAttach.id())), null, true,
                new AtomicReference<>(Http.etag(toAttach.path(), demoToken("member")))));
        rows.put("getProposalAttachment", row("member", Map.of("id", Long.toString(read.id()),
                "attachmentId", Long.toString(read.attachmentId()))));
        rows.put("detachFromProposal", staleOnly("member", Map.of("id", Long.toString(read.id()),
                "attachmentId", Long.toString(read.attachmentId()))));
        rows.put("submitProposal", staleOnly("member", Map.of("id", Long.toString(read.id()))));
        rows.put("reopenProposal", staleOnly("member", Map.of("id", Long.toString(submitted.id()))));
        rows.put("withdrawProposal", staleOnly("member", Map.of("id", Long.toString(read.id()))));
        rows.put("invitePartner", staleOnly("member", Map.of("id", Long.toString(read.id()),
                "partnerId", Long.toString(read.partnerIds().get(1)))));
        rows.put("listAccountLinks", row("member", Map.of("id", Long.toString(read.id()))));
        rows.put("getProposalHistory", row("member", Map.of("id", Long.toString(read.id()))));
        rows.put("getSubmission", row("member", Map.of("id", Long.toString(submitted.id()), "number", "1")));
        rows.put("screenProposal", versioned("officer", Map.of("id", Long.toString(submitted.id())),
                () -> "{\"eligible\": true, \"reasons\": \"Complete\"}", submitted.path()));
        rows.put("listOrganisations", row("admin", Map.of()));
        rows.put("listPersons", row("officer", Map.of()));
        rows.put("listPeople", row("admin", Map.of()));
        rows.put("getMe", row("member", Map.of()));
        rows.put("listCountries", row(null, Map.of()));
        rows.put("listPublishedCalls", row(null, Map.of()));
        rows.put("getOpenCallsFeed", row(null, Map.of()));
        String feed = Json.text(Http.send("POST", "/api/v1/me/calendar", demoToken("member2"), null).body(), "address");
        rows.put("getCalendarFeed", row(null, Map.of("secret",
                feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length()))));
        rows.put("getCalendarAddress", row("member3", Map.of()));
        rows.put("renewCalendarAddress", row("member3", Map.of()));
        rows.put("listFundedProjects", row(null, Map.of()));
        rows.put("getFundedProjects360Giving", row(null, Map.of()));
        rows.put("getFundedProjects360GivingCsv", row(null, Map.of()));
        evaluationRows(rows);
        projectRows(rows);
    }

    @Test
    void everyOperationOfTheApiHasARowInTheSuite() {
        assertThat(rows.keySet()).containsAll(operations().keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationSurvivesHostileInput() {
        long started = System.nanoTime();
        List<DynamicTest> tests = new ArrayList<>();
        operations().forEach((id, operation) -> tests.add(dynamicTest(id, () -> {
            Row row = rows.get(id);
            assertThat(row).as("a row for " + id).isNotNull();
            List<String> faults = new ArrayList<>();
            for (Case hostile : cases(operation, row)) {
                RawHttp.Answer answer = send(hostile, row);
                faults(hostile, answer).forEach(fault -> faults.add(fault + " ← " + hostile.label() + ": " + answer));
            }
            assertThat(faults).as(id).isEmpty();
        })));
        tests.add(dynamicTest("figures", () -> System.out.printf("HostileInputIT: %d requests in %d s, statuses %s%n",
                REQUESTS.get(), (System.nanoTime() - started) / 1_000_000_000L, new java.util.TreeMap<>(STATUSES))));
        return tests.stream();
    }

    // ---------------------------------------------------------------- the cases of one operation

    /** An operation of the document: method, path template, its entry. */
    private record Operation(String method, String path, JsonObject entry) {
    }

    private static Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        openApi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, entry) -> {
            if (entry.getValueType() == JsonValue.ValueType.OBJECT && entry.asJsonObject().containsKey("operationId")) {
                operations.put(entry.asJsonObject().getString("operationId"),
                        new Operation(method.toUpperCase(), path, entry.asJsonObject()));
            }
        }));
        return operations;
    }

    private static List<Case> cases(Operation operation, Row row) {
        List<Case> cases = new ArrayList<>();
        String path = fill(operation.path(), row.path(), null, null);
        Multipart.Body upload = row.multipart() ? Multipart.valid() : null;
        byte[] valid = upload != null ? upload.bytes() : validBody(row);
        String type = upload != null ? upload.type() : row.body() == null ? null : "application/json";
        // the path's values: unknown, malformed, invisible; a stale version so that changes reach the lookup
        for (String name : row.path().keySet()) {
            for (String segment : Hostile.PATH_SEGMENTS) {
                cases.add(new Case("path " + name + "=" + abbreviated(segment), operation.method(),
                        fill(operation.path(), row.path(), name, segment), stale(row, type), valid, false));
            }
        }
        for (String name : parameters(operation.entry(), "query")) {
            for (String value : Hostile.QUERY_VALUES) {
                cases.add(new Case("query " + name + "=" + abbreviated(value), operation.method(),
                        path + "?" + name + "=" + value, stale(row, type), valid, false));
            }
        }
        for (Hostile.Header header : Hostile.headers(row.versioned(), valid != null, row.multipart())) {
            List<String> headers = new ArrayList<>(List.of("Accept", "application/json"));
            if (type != null && !header.name().equals("Content-Type")) {
                headers.addAll(List.of("Content-Type", type));
            }
            headers.addAll(List.of(header.name(), header.value()));
            cases.add(new Case("header " + header.name() + ": " + abbreviated(header.value()), operation.method(),
                    path, headers, valid, header.refused() && row.user() != null));
        }
        cases.add(new Case("method PATCH", "PATCH", path, List.of("Accept", "application/json"), null, true));
        cases.add(new Case("unknown path", operation.method(), path + "/nothing-here",
                List.of("Accept", "application/json"), null, true));
        if (row.multipart()) {
            Multipart.cases(path, operation.method()).forEach(cases::add);
        } else if (valid != null) {
            String text = new String(valid, StandardCharsets.UTF_8);
            for (byte[] body : Hostile.bodies(text)) {
                cases.add(new Case("body " + abbreviated(new String(body, StandardCharsets.ISO_8859_1)),
                        operation.method(), path, List.of("Accept", "application/json", "Content-Type", type), body, true));
            }
            JsonObject schema = requestSchema(operation.entry());
            for (Field field : Fields.of(Json.parse(text), schema, openApi)) {
                if (field.sample() != null) {
                    // a member left out: refused or taken as absent (a missing boolean is refused, see CallsApiIT)
                    cases.add(new Case("field " + field.pointer() + " left out", operation.method(), path,
                            List.of("Accept", "application/json", "Content-Type", type),
                            field.removedFrom(text).getBytes(StandardCharsets.UTF_8), false));
                }
                for (Hostile.Value value : Hostile.values(field.kind(), field.sample(), field.enumValues())) {
                    cases.add(new Case("field " + field.pointer() + " = " + abbreviated(value.json()),
                            operation.method(), path, List.of("Accept", "application/json", "Content-Type", type),
                            field.replacedBy(text, value.json()).getBytes(StandardCharsets.UTF_8), value.refused()));
                }
            }
        }
        return cases;
    }

    /** Sends a case with the caller's token and, for body cases of a versioned operation, its current version. */
    private static RawHttp.Answer send(Case hostile, Row row) {
        List<String> headers = new ArrayList<>(hostile.headers());
        boolean ownAuthorization = headers.contains("Authorization");
        if (row.user() != null && !ownAuthorization) {
            headers.addAll(List.of("Authorization", "Bearer " + demoToken(row.user())));
        }
        boolean current = row.versioned() && !headers.contains("If-Match")
                && (hostile.label().startsWith("field") || hostile.label().startsWith("body")
                || hostile.label().startsWith("multipart"));
        if (current) {
            headers.addAll(List.of("If-Match", row.etag().get()));
        }
        RawHttp.Answer answer = RawHttp.exchange(hostile.method(), hostile.path(), hostile.body(), headers);
        REQUESTS.incrementAndGet();
        STATUSES.merge(Integer.toString(answer.status()), 1, Integer::sum);
        if (current && answer.status() < 300 && answer.header("ETag") != null) {
            row.etag().set(answer.header("ETag"));
        }
        return answer;
    }

    /** What is wrong with an answer to a case; empty when nothing is. */
    static List<String> faults(Case hostile, RawHttp.Answer answer) {
        List<String> faults = new ArrayList<>();
        if (answer.status() >= 500) {
            faults.add("5xx");
        }
        if (hostile.mustRefuse() && answer.status() < 400) {
            faults.add("accepted");
        }
        if (answer.status() >= 400) {
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                faults.add("not a problem document");
            } else if (!(Json.at(answer.body(), "status") instanceof jakarta.json.JsonNumber status)
                    || status.intValue() != answer.status()) {
                faults.add("problem without its status");
            }
        }
        for (String leak : LEAKS) {
            if (answer.body().contains(leak)) {
                faults.add("leaks " + leak);
            }
        }
        if (answer.status() >= 400) {
            for (String leak : REFUSAL_LEAKS) {
                if (answer.body().contains(leak)) {
                    faults.add("leaks " + leak);
                }
            }
        }
        return faults;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The evaluation's operations, on the demo data's calls: one in evaluation for reads, the decided one for
     * changes (refused by the call's state after the input is checked), stale versions for versioned changes, so
     * that the suite never changes an evaluation.
     */
    /**
     * The projects' operations on the demo project POLLINATE (issue 14): changes with a stale version, so nothing
     * changes; the consortium's operations as the officer, who is refused after the body was read.
     */
    private static void projectRows(Map<String, Row> rows) {
        String officer = demoToken("officer");
        String list = Http.getWithToken("/api/v1/projects?call=" + DemoEvaluation.DECIDED + "&q=POLLINATE", officer)
                .body();
        String project = Long.toString(Json.number(list, "[0].id"));
        String milestone = Long.toString(Json.number(Http.getWithToken("/api/v1/projects/" + project, officer).body(),
                "milestones[0].id"));
        Map<String, String> ofProject = Map.of("id", project);
        Map<String, String> ofMilestone = Map.of("id", project, "milestoneId", milestone);
        rows.put("listProjects", row("officer", Map.of()));
        rows.put("getProject", row("officer", ofProject));
        rows.put("getProjectHistory", row("officer", ofProject));
        rows.put("setProjectStart", staleWith("officer", ofProject,
                "{\"startDate\": \"2027-01-01\", \"timeZone\": \"Europe/Paris\"}"));
        rows.put("closeProject", staleWith("officer", ofProject, "{\"state\": \"COMPLETED\", \"reason\": \"Done.\"}"));
        rows.put("listMilestones", row("officer", ofProject));
        rows.put("addMilestone", staleWith("officer", ofProject,
                "{\"title\": \"Mid-term review\", \"kind\": \"EVENT\", \"dueDate\": \"2027-06-01\"}"));
        rows.put("getMilestone", row("officer", ofMilestone));
        rows.put("moveDueDate", staleWith("officer", ofMilestone,
                "{\"dueDate\": \"2027-06-01\", \"reason\": \"Field season.\"}"));
        rows.put("justifyLateMilestone", staleWith("officer", ofMilestone, "{\"justification\": \"Floods.\"}"));
        rows.put("listReports", row("officer", ofMilestone));
        rows.put("getReport", row("officer", Map.of("id", project, "milestoneId", milestone, "number", "1")));
        rows.put("saveReportDraft", staleWith("officer", ofMilestone, """
                {"narrative": "<p>Done.</p>", "outputs": [{"kind": "DOI", "link": "10.5281/zenodo.1", "title": "Paper"}]}"""));
        rows.put("attachToReport", new Row("officer", ofMilestone, null, true, new AtomicReference<>("\"987654\"")));
        rows.put("detachFromReport", staleOnly("officer", Map.of("id", project, "milestoneId", milestone,
                "attachmentId", "1")));
        rows.put("getReportAttachment", row("officer", Map.of("id", project, "milestoneId", milestone,
                "attachmentId", "1")));
        rows.put("submitReport", staleOnly("officer", ofMilestone));
        rows.put("acceptReport", staleOnly("officer", ofMilestone));
        rows.put("returnReport", staleWith("officer", ofMilestone, "{\"comments\": \"More, please.\"}"));
    }

    private static void evaluationRows(Map<String, Row> rows) {
        String evaluating = DemoEvaluation.IN_EVALUATION;
        String decided = DemoEvaluation.DECIDED;
        String officer = demoToken("officer");
        String proposalId = Long.toString(Json.number(Http.getWithToken("/api/v1/calls/" + evaluating
                + "/evaluation/board", officer).body(), "rows[0].proposalId"));
        String decidedProposal = Long.toString(Json.number(Http.getWithToken("/api/v1/calls/" + decided
                + "/evaluation/allocation", officer).body(), "lines[0].proposalId"));
        String review = Long.toString(Json.number(Http.getWithToken("/api/v1/reviews?call=" + evaluating,
                demoToken("reviewer")).body(), "[0].assignmentId"));
        String partner = Long.toString(Json.number(Http.getWithToken("/api/v1/calls/" + decided
                + "/national-sign-off", demoToken("contact")).body(), "lines[0].partnerId"));
        String settings = """
                {"criteria": [{"code": "EXCELLENCE", "threshold": 3.0}, {"code": "IMPACT", "threshold": 3.0}],
                 "totalThreshold": 6.0, "reviewersPerProposal": 2, "maxLoad": 5, "otherCountryThanCoordinator": true}""";
        String choices = """
                {"overrides": [{"proposalId": %s, "kind": "FUND", "reason": "Strategic"}],
                 "extraBudgets": [], "threshold": 9.5}""".formatted(proposalId);
        String scores = "{\"entries\": [{\"score\": 3.5, \"comment\": \"Sound.\"}, {\"score\": 4.0, \"comment\": \"Good.\"},"
                + " {\"score\": 3.0, \"comment\": \"Fair.\"}]}";
        rows.put("getEvaluation", row("officer", Map.of("code", evaluating)));
        rows.put("startEvaluation", staleWith("officer", Map.of("code", decided), settings));
        rows.put("configureEvaluation", staleWith("officer", Map.of("code", evaluating), settings));
        rows.put("getAssignmentBoard", row("officer", Map.of("code", evaluating)));
        rows.put("suggestAssignments", row("officer", Map.of("code", decided)));
        rows.put("assignReviewer", new Row("officer", Map.of("code", decided),
                () -> "{\"proposalId\": " + decidedProposal + ", \"reviewer\": \"reviewer4\"}", false, null));
        rows.put("unassignReviewer", row("officer", Map.of("code", decided, "assignmentId", "1")));
        rows.put("startConsensus", staleOnly("officer", Map.of("code", evaluating)));
        rows.put("getConsensus", row("officer", Map.of("code", evaluating, "proposalId", proposalId)));
        rows.put("setConsensus", staleWith("officer", Map.of("code", evaluating, "proposalId", proposalId),
                "{\"scores\": [4.0, 3.5, 3.0], \"report\": \"Agreed.\"}"));
        rows.put("getRanking", row("officer", Map.of("code", decided)));
        rows.put("getAllocation", row("officer", Map.of("code", decided)));
        rows.put("allocationWhatIf", new Row("officer", Map.of("code", evaluating), () -> choices, false, null));
        rows.put("decideFunding", staleWith("officer", Map.of("code", evaluating), choices));
        rows.put("archiveCall", staleOnly("officer", Map.of("code", decided)));
        rows.put("getNationalSignOff", row("contact", Map.of("code", evaluating)));
        rows.put("confirmNationalEligibility", new Row("contact", Map.of("code", decided, "partnerId", partner),
                () -> "{\"eligible\": false, \"reason\": \"Contract ends early.\"}", false, null));
        rows.put("addNationalTopUp", new Row("contact", Map.of("code", decided),
                () -> "{\"agencyId\": " + Database.agencyId("ZA", "NRF") + ", \"amount\": 1000, \"reason\": \"More.\"}",
                false, null));
        rows.put("getNationalAllocation", row("contact", Map.of("code", decided)));
        rows.put("listReviews", row("reviewer", Map.of()));
        rows.put("getReview", row("reviewer", Map.of("id", review)));
        rows.put("declareInterest", staleWith("reviewer", Map.of("id", review), "{\"conflict\": false}"));
        rows.put("saveReview", staleWith("reviewer", Map.of("id", review), scores));
        rows.put("submitReview", staleWith("reviewer", Map.of("id", review), scores));
        rows.put("reopenReview", staleOnly("reviewer", Map.of("id", review)));
        // the pool: a new expert's valid body names no country of the reference data, so no case ever adds one
        String expert = Database.single("select id from expert where username = ?", "reviewer");
        String expertBody = """
                {"username": "fuzz-expert", "name": "Fuzz Expert", "email": "fuzz@experts.example",
                 "organisationId": null, "country": "ZZ", "expertise": ["WATER"]}""";
        rows.put("listExperts", row("officer", Map.of()));
        rows.put("addExpert", new Row("officer", Map.of(), () -> expertBody, false, null));
        rows.put("describeExpert", staleWith("officer", Map.of("id", expert), expertBody));
        // an invitation whose valid body names no country is refused before Keycloak is asked: no account is made
        rows.put("inviteExpert", new Row("officer", Map.of(), () -> """
                {"name": "Fuzz Invitee", "email": "fuzz-invitee@experts.example", "organisationId": null,
                 "country": "ZZ", "expertise": ["WATER"], "language": "en"}""", false, null));
        rows.put("getMyExpertise", row("reviewer", Map.of()));
        rows.put("changeMyExpertise", staleWith("reviewer", Map.of(), "{\"expertise\": [\"WATER\"]}"));
        String nrf = Long.toString(Database.agencyId("ZA", "NRF"));
        rows.put("getNationalRules", row("contact", Map.of("id", nrf)));
        rows.put("setNationalRules", staleWith("contact", Map.of("id", nrf), """
                {"eligibleTypes": ["UNIVERSITY", "RESEARCH_ORGANISATION"], "maxRequest": 2500000,
                 "maxDurationMonths": 36, "declarations": ["The investigator is employed beyond the project's end."],
                 "version": 0}"""));
    }

    /** A versioned change with a body, always sent with a stale version: its input is checked, nothing changes. */
    private static Row staleWith(String user, Map<String, String> path, String body) {
        return new Row(user, path, () -> body, false, new AtomicReference<>("\"987654\""));
    }

    private static Row row(String user, Map<String, String> path) {
        return new Row(user, path, null, false, null);
    }

    private static Row staleOnly(String user, Map<String, String> path) {
        return new Row(user, path, null, false, new AtomicReference<>("\"987654\""));
    }

    private static Row versioned(String user, Map<String, String> path, Supplier<String> body, String resource) {
        return new Row(user, path, body, false, new AtomicReference<>(Http.etag(resource, demoToken(user))));
    }

    private static ProposalsApi.Made draft(String call) {
        return ProposalsApi.completeDraft("member", call, SORBONNE, List.of(TSINGHUA, NAIROBI));
    }

    private static byte[] validBody(Row row) {
        return row.body() == null ? null : row.body().get().getBytes(StandardCharsets.UTF_8);
    }

    /** Headers with a version that is surely stale: a change then stops at the lookup, never happens. */
    private static List<String> stale(Row row, String type) {
        List<String> headers = new ArrayList<>(List.of("Accept", "application/json"));
        if (type != null) {
            headers.addAll(List.of("Content-Type", type));
        }
        if (row.versioned()) {
            headers.addAll(List.of("If-Match", "\"987654\""));
        }
        return headers;
    }

    private static String fill(String template, Map<String, String> values, String replaced, String by) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getKey().equals(replaced) ? by : value.getValue());
        }
        return path;
    }

    private static Set<String> parameters(JsonObject entry, String in) {
        Set<String> names = new LinkedHashSet<>();
        if (entry.containsKey("parameters")) {
            for (JsonValue parameter : entry.getJsonArray("parameters")) {
                JsonObject resolved = Fields.resolve(parameter.asJsonObject(), openApi);
                if (in.equals(resolved.getString("in", ""))) {
                    names.add(resolved.getString("name"));
                }
            }
        }
        return names;
    }

    private static JsonObject requestSchema(JsonObject entry) {
        JsonValue schema = Json.at(entry.toString(), "requestBody.content.application/json.schema");
        return schema == null ? null : Fields.resolve(schema.asJsonObject(), openApi);
    }

    static String abbreviated(String text) {
        String shown = text.length() > 60 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
        return shown.replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String callJson(String code) {
        return """
                {"code": "%s", "title": "Fuzzing %s", "summary": "A call for the fuzz suite.",
                 "themes": ["WATER"], "opensAt": "%s", "deadline": "%s", "commonFundEur": 1000,
                 "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true,
                 "coordinatorCountryFunds": true, "maxDurationMonths": 36,
                 "commitments": [{"agencyId": %d, "amount": 500000, "maxRequestPerPartner": 100000}]}"""
                .formatted(code, code, Instant.now().plus(1, ChronoUnit.DAYS), Instant.now().plus(60, ChronoUnit.DAYS),
                        org.scicoop.secretariat.it.support.Database.agencyId("FR", "ANR"));
    }

    /** A field of a body: where it is (a JSON Pointer), what it holds by the schema, a valid sample. */
    record Field(String pointer, Hostile.Kind kind, JsonValue sample, List<String> enumValues) {

        /** The body without this field. */
        String removedFrom(String body) {
            return jakarta.json.Json.createPointer(pointer).remove((jakarta.json.JsonStructure) Json.parse(body)).toString();
        }

        /** The body with this field's value replaced by a raw JSON text (which need not be valid JSON). */
        String replacedBy(String body, String json) {
            String marker = "\"@@HOSTILE@@\"";
            JsonValue document = Json.parse(body);
            jakarta.json.JsonPointer at = jakarta.json.Json.createPointer(pointer);
            JsonValue changed = pointer.matches(".*/[0-9]+$")
                    ? at.replace((jakarta.json.JsonStructure) document, jakarta.json.Json.createValue("@@HOSTILE@@"))
                    : at.add((jakarta.json.JsonStructure) document, jakarta.json.Json.createValue("@@HOSTILE@@"));
            return changed.toString().replace(marker, json);
        }
    }

    /** The fields of a body, walked beside the body's schema (only what the schema names). */
    static final class Fields {

        private Fields() {
        }

        static List<Field> of(JsonValue body, JsonObject schema, JsonObject document) {
            List<Field> fields = new ArrayList<>();
            walk(body, schema, "", document, fields);
            return fields;
        }

        private static void walk(JsonValue value, JsonObject schema, String pointer, JsonObject document,
                                 List<Field> fields) {
            if (!pointer.isEmpty()) {
                fields.add(new Field(pointer, Hostile.kind(schema), value, Hostile.enumValues(schema)));
            }
            if (schema == null) {
                return;
            }
            if (schema.containsKey("properties") && (value == null || value.getValueType() == JsonValue.ValueType.OBJECT)) {
                JsonObject properties = schema.getJsonObject("properties");
                for (String name : properties.keySet()) {
                    JsonValue member = value == null ? null : value.asJsonObject().get(name);
                    JsonObject memberSchema = resolve(properties.getJsonObject(name), document);
                    if (value == null) {
                        continue;
                    }
                    walk(member, memberSchema, pointer + "/" + name, document, fields);
                }
            }
            if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY && !value.asJsonArray().isEmpty()
                    && schema.containsKey("items")) {
                int index = Math.min(1, value.asJsonArray().size() - 1);
                walk(value.asJsonArray().get(index), resolve(schema.getJsonObject("items"), document),
                        pointer + "/" + index, document, fields);
            }
        }

        /** A schema with its {@code $ref} followed (and an {@code allOf}/{@code anyOf} of one reference). */
        static JsonObject resolve(JsonObject schema, JsonObject document) {
            JsonObject resolved = schema;
            for (int depth = 0; depth < 10 && resolved != null; depth++) {
                if (resolved.containsKey("$ref")) {
                    String ref = resolved.getString("$ref");
                    resolved = (JsonObject) jakarta.json.Json.createPointer(ref.substring(1)).getValue(document);
                } else if (resolved.containsKey("allOf") || resolved.containsKey("anyOf") || resolved.containsKey("oneOf")) {
                    String key = resolved.containsKey("allOf") ? "allOf" : resolved.containsKey("anyOf") ? "anyOf" : "oneOf";
                    resolved = resolved.getJsonArray(key).stream().map(JsonValue::asJsonObject)
                            .filter(s -> !"null".equals(s.getString("type", ""))).findFirst().orElse(null);
                } else {
                    return resolved;
                }
            }
            return resolved;
        }
    }

    /** Multipart bodies: valid, and broken in each way issue 11 found. */
    static final class Multipart {

        private static final String BOUNDARY = "----fuzz" + System.nanoTime();

        record Body(String type, byte[] bytes) {
        }

        private Multipart() {
        }

        static Body valid() {
            return body(BOUNDARY, Map.of("title", "Guide", "kind", "OTHER"), "file", "guide.pdf", Pdfs.pdf("fuzz"), "");
        }

        static Stream<Case> cases(String path, String method) {
            List<Object[]> variants = List.of(
                    new Object[]{"multipart valid", valid(), false},
                    new Object[]{"multipart without boundary", new Body("multipart/form-data", valid().bytes()), true},
                    new Object[]{"multipart other boundary", new Body("multipart/form-data; boundary=elsewhere",
                            valid().bytes()), true},
                    new Object[]{"multipart header line of 2000", body(BOUNDARY, Map.of("kind", "OTHER", "title", "T"),
                            "file", "f".repeat(2000) + ".pdf", Pdfs.pdf("long"), ""), false},
                    new Object[]{"multipart part header of 20000", body(BOUNDARY, Map.of("kind", "OTHER", "title", "T"),
                            "file", "g.pdf", Pdfs.pdf("header"), "X-Padding: " + "p".repeat(20_000) + "\r\n"), true},
                    new Object[]{"multipart 3000 headers", body(BOUNDARY, Map.of("kind", "OTHER", "title", "T"),
                            "file", "h.pdf", Pdfs.pdf("headers"), "X-A: b\r\n".repeat(3000)), true},
                    new Object[]{"multipart without file", body(BOUNDARY, Map.of("title", "T", "kind", "OTHER"), null,
                            null, null, ""), true},
                    new Object[]{"multipart not a PDF", body(BOUNDARY, Map.of("title", "T", "kind", "OTHER"), "file",
                            "x.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII), ""), true},
                    new Object[]{"multipart empty file", body(BOUNDARY, Map.of("title", "T", "kind", "OTHER"), "file",
                            "x.pdf", new byte[0], ""), true},
                    new Object[]{"multipart PDF with JavaScript", pdf(Pdfs.withJavaScript()), true},
                    new Object[]{"multipart PDF with an embedded file", pdf(Pdfs.withEmbeddedFile()), true},
                    new Object[]{"multipart PDF declaring 999999999 pages", pdf(Pdfs.declaringPages(999_999_999)), true},
                    new Object[]{"multipart PDF deflate bomb", pdf(Pdfs.deflateBomb()), true},
                    new Object[]{"multipart title of 100000", body(BOUNDARY, Map.of("title", Hostile.LONG, "kind", "OTHER"),
                            "file", "t.pdf", Pdfs.pdf("title"), ""), path.contains("/documents")},
                    new Object[]{"multipart kind NOPE", body(BOUNDARY, Map.of("title", "T", "kind", "NOPE"), "file",
                            "k.pdf", Pdfs.pdf("kind"), ""), true},
                    new Object[]{"multipart language garbage", body(BOUNDARY, Map.of("title", "T", "kind", "OTHER",
                            "language", "zz-!!!"), "file", "l.pdf", Pdfs.pdf("language"), ""), false},
                    new Object[]{"multipart title with a right-to-left override", body(BOUNDARY,
                            Map.of("title", "a\u202Eb", "kind", "OTHER"), "file", "r.pdf", Pdfs.pdf("rlo"), ""), false},
                    new Object[]{"multipart file name with controls", body(BOUNDARY, Map.of("title", "Name", "kind",
                            "LETTER"), "file", "..\\../etc/passwd\u0007\u202Eexe.pdf", Pdfs.pdf("name"), ""), false},
                    new Object[]{"multipart empty body", new Body("multipart/form-data; boundary=" + BOUNDARY, new byte[0]),
                            true},
                    new Object[]{"multipart unterminated", new Body("multipart/form-data; boundary=" + BOUNDARY,
                            ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")
                                    .getBytes(StandardCharsets.US_ASCII)), true});
            return variants.stream().map(v -> {
                Body body = (Body) v[1];
                return new Case((String) v[0], method, path, List.of("Accept", "application/json", "Content-Type",
                        body.type()), body.bytes(), (Boolean) v[2]);
            });
        }

        private static Body pdf(byte[] bytes) {
            return body(BOUNDARY, Map.of("title", "Hostile", "kind", "OTHER"), "file", "hostile.pdf", bytes, "");
        }

        static Body body(String boundary, Map<String, String> fields, String fileField, String fileName, byte[] bytes,
                         String extraHeaders) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
            if (fileField != null) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                        + "\"; filename=\"" + fileName + "\"\r\n" + extraHeaders + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bytes);
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
        }
    }
}
