package org.scicoop.secretariat.it.proposal;

import jakarta.json.JsonObject;
import org.scicoop.secretariat.it.support.AheadOfTheRun;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;
import static org.scicoop.secretariat.it.support.Pdfs.pdf;

/**
 * What the proposal API tests share: calls opened through the calls API,
 * proposals made complete through the proposals API (content with partners from several countries,
 * a real PDF), attachment uploads.
 */
public final class ProposalsApi {

    public static final String BASE = "/api/v1/proposals";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** The run's start in seconds, modulo 100,000, with leading zeros: the same all run long. */
    private static final String RUN = String.format("%05d", System.currentTimeMillis() / 1000 % 100_000);

    /** A partner to put into a proposal: an organisation of the demo data, its country, its request. */
    public record PartnerSpec(String organisation, String country, long requested) {
    }

    public static final PartnerSpec SORBONNE = new PartnerSpec("Sorbonne Université", "FR", 250_000);
    public static final PartnerSpec TSINGHUA = new PartnerSpec("Tsinghua University", "CN", 1_000_000);
    public static final PartnerSpec NAIROBI = new PartnerSpec("University of Nairobi", "KE", 80_000);
    public static final PartnerSpec CAPE_TOWN = new PartnerSpec("University of Cape Town", "ZA", 1_500_000);

    /** A proposal made through the API: its id, the ETag it now has, its acronym and title, its partners' ids. */
    public record Made(long id, String etag, String acronym, String title, List<Long> partnerIds, long attachmentId,
                String coordinatorEmail, String callCode) {

        public String path() {
            return BASE + "/" + id;
        }
    }

    private ProposalsApi() {
    }

    /** Opens the proposal classes' calls whose deadline they wait for at the start of the run ({@link AheadOfTheRun}). */
    public static final class Ahead implements AheadOfTheRun.Maker {

        @Override
        public void makeAhead(Set<String> run) throws Exception {
            if (run.contains(ProposalsApiIT.class.getName())) {
                ProposalsApiIT.BEFORE_THE_DEADLINE.make();
            }
            if (run.contains(OfficerProposalsJourneyIT.class.getName())) {
                OfficerProposalsJourneyIT.CLOSING.make();
            }
        }
    }

    /**
     * {@code prefix}, then the run's stamp (five digits, the same all run long), then a counter of five
     * digits: unique in the run, and in the order they were made when sorted, as pages sort acronyms
     * (before, milliseconds modulo 100,000 came first, and two values made in order could sort the other way round).
     */
    public static String unique(String prefix) {
        return prefix + RUN + String.format("%05d", SEQUENCE.incrementAndGet());
    }

    /**
     * An open call made by the officer through the calls API: funded by France, China and South Africa,
     * with a common fund for developing countries (Kenya), proposals accepted until {@code deadline}.
     */
    public static String openCall(Instant deadline) {
        String code = "PR-" + (System.currentTimeMillis() % 100000) + "-" + SEQUENCE.incrementAndGet();
        String json = """
                {"code": "%s", "title": "Proposals of %s", "summary": "A call to test proposals.",
                 "themes": ["WATER"], "opensAt": "%s", "deadline": "%s", "commonFundEur": 200000,
                 "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true,
                 "coordinatorCountryFunds": true, "maxDurationMonths": 36,
                 "commitments": [{"agencyId": %d, "amount": 1500000, "maxRequestPerPartner": 300000},
                                 {"agencyId": %d, "amount": 8000000, "maxRequestPerPartner": 1500000},
                                 {"agencyId": %d, "amount": 12000000, "maxRequestPerPartner": 2500000}]}"""
                .formatted(code, code, Instant.now().minus(1, ChronoUnit.DAYS), deadline,
                        Database.agencyId("FR", "ANR"), Database.agencyId("CN", "NSFC"),
                        Database.agencyId("ZA", "NRF"));
        String officer = demoToken("officer");
        HttpResponse<String> created = Http.send("POST", "/api/v1/calls", officer, json);
        require(created, 201, "create the call " + code);
        require(Http.send("POST", "/api/v1/calls/" + code + "/open", officer, null, "If-Match",
                created.headers().firstValue("ETag").orElseThrow()), 200, "open " + code);
        return code;
    }

    public static String openCall() {
        return openCall(Instant.now().plus(60, ChronoUnit.DAYS));
    }

    /** The demo organisations' ids by name, read once a run: each proposal made through the API names several. */
    private static final Map<String, Long> ORGANISATIONS = new ConcurrentHashMap<>();

    /** The id of a demo organisation, as administrators read it from the organisations API (once a run). */
    public static long organisationId(String name) {
        return ORGANISATIONS.computeIfAbsent(name, ProposalsApi::readOrganisationId);
    }

    private static long readOrganisationId(String name) {
        HttpResponse<String> found = Http.getWithToken("/api/v1/organisations?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&size=50", demoToken("admin"));
        require(found, 200, "find the organisation " + name);
        for (JsonObject organisation : Json.objects(found.body(), "")) {
            if (name.equals(organisation.getString("name"))) {
                return organisation.getJsonNumber("id").longValueExact();
            }
        }
        throw new AssertionError("no organisation named " + name + " in " + found.body());
    }

    static HttpResponse<String> create(String token, String callCode, String acronym, PartnerSpec coordinator) {
        return Http.send("POST", BASE, token, """
                {"callCode": "%s", "acronym": "%s", "organisationId": %d}"""
                .formatted(callCode, acronym, organisationId(coordinator.organisation())));
    }

    /**
     * The whole content, complete but for the description PDF: title, abstract, keywords, 24 months, the
     * coordinating partner (id given) and new partners, each with an investigator and person-months, and a
     * milestone per partner.
     */
    static String content(String acronym, String title, long coordinatingPartnerId, String coordinatorEmail,
                          PartnerSpec coordinator, List<PartnerSpec> others) {
        List<String> partners = new ArrayList<>();
        partners.add(partner(coordinatingPartnerId, coordinator, "Claire Coordinator", coordinatorEmail));
        int i = 0;
        for (PartnerSpec other : others) {
            partners.add(partner(null, other, "Investigator " + (++i),
                    "pi" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@partners.example"));
        }
        String milestones = java.util.stream.IntStream.range(0, partners.size())
                .mapToObj(index -> """
                        {"title": "Work package %d report", "dueMonth": %d, "kind": "DELIVERABLE", "responsible": %d}"""
                        .formatted(index + 1, 6 + index * 6, index))
                .collect(Collectors.joining(", "));
        return """
                {"content": {"acronym": "%s", "title": "%s", "abstractText": "Flood early warning shared between cities.",
                             "keywords": "floods, early warning", "durationMonths": 24,
                             "partners": [%s],
                             "milestones": [%s]}}""".formatted(acronym, title, String.join(", ", partners), milestones);
    }

    private static String partner(Long id, PartnerSpec spec, String piName, String piEmail) {
        return """
                {"id": %s, "organisationId": %d, "piName": "%s", "piEmail": "%s", "requested": %d, "personMonths": 24}"""
                .formatted(id, organisationId(spec.organisation()), piName, piEmail, spec.requested());
    }

    /**
     * A complete draft of {@code username}'s (the coordinator's organisation first, then {@code others}),
     * with its description attached: ready to submit.
     */
    public static Made completeDraft(String username, String callCode, PartnerSpec coordinator, List<PartnerSpec> others) {
        String token = demoToken(username);
        String acronym = unique("AC");
        String title = "Title " + UUID.randomUUID();
        HttpResponse<String> created = create(token, callCode, acronym, coordinator);
        require(created, 201, "create a proposal");
        long id = Json.number(created.body(), "id");
        long coordinating = Json.number(created.body(), "content.partners[0].id");
        String email = unique("coordinator") + "@consortia.example";
        HttpResponse<String> saved = Http.send("PUT", BASE + "/" + id, token,
                content(acronym, title, coordinating, email, coordinator, others),
                "If-Match", created.headers().firstValue("ETag").orElseThrow());
        require(saved, 200, "save the content of " + acronym);
        HttpResponse<String> attached = upload(token, id, "DESCRIPTION", "description.pdf", pdf(title),
                "If-Match", saved.headers().firstValue("ETag").orElseThrow());
        require(attached, 201, "attach the description of " + acronym);
        HttpResponse<String> current = Http.getWithToken(BASE + "/" + id, token);
        List<Long> partnerIds = Json.objects(current.body(), "content.partners").stream()
                .map(partner -> partner.getJsonNumber("id").longValueExact()).toList();
        return new Made(id, current.headers().firstValue("ETag").orElseThrow(), acronym, title, partnerIds,
                Json.number(attached.body(), "id"), email, callCode);
    }

    /** The coordinator names a partner's investigator (index in {@code draft.partnerIds()}); the new ETag. */
    static String describeInvestigator(Made draft, int partner, PartnerSpec spec, String name, String email,
                                       String etag) {
        HttpResponse<String> named = Http.send("PUT", draft.path() + "/partners/" + draft.partnerIds().get(partner),
                demoToken("member"), """
                        {"organisationId": %d, "piName": "%s", "piEmail": "%s", "requested": %d, "personMonths": 24}"""
                        .formatted(organisationId(spec.organisation()), name, email, spec.requested()),
                "If-Match", etag);
        require(named, 200, "name the investigator of partner " + partner);
        return named.headers().firstValue("ETag").orElseThrow();
    }

    /** The coordinator invites a partner's investigator, with the proposal's ETag as they read it just before. */
    static HttpResponse<String> invite(String coordinator, Made draft, int partner) {
        String token = demoToken(coordinator);
        return Http.send("POST", draft.path() + "/partners/" + draft.partnerIds().get(partner) + "/invite", token,
                null, "If-Match", Http.etag(draft.path(), token));
    }

    /** Submits a made proposal, and answers it with its new ETag. */
    public static Made submitted(String username, Made draft) {
        HttpResponse<String> submitted = Http.send("POST", draft.path() + "/submit", demoToken(username), null,
                "If-Match", draft.etag());
        require(submitted, 200, "submit " + draft.acronym());
        return new Made(draft.id(), submitted.headers().firstValue("ETag").orElseThrow(), draft.acronym(),
                draft.title(), draft.partnerIds(), draft.attachmentId(), draft.coordinatorEmail(), draft.callCode());
    }

    /** POST /api/v1/proposals/{id}/attachments as multipart/form-data (kind, file). */
    static HttpResponse<String> upload(String token, long id, String kind, String fileName, byte[] bytes,
                                       String... headers) {
        return Http.postFile(BASE + "/" + id + "/attachments", token, kind == null ? Map.of() : Map.of("kind", kind),
                fileName, bytes, headers);
    }

    static <T> HttpResponse<T> require(HttpResponse<T> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError("could not " + what + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

}
