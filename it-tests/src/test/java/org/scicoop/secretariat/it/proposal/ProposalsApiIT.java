package org.scicoop.secretariat.it.proposal;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.AheadOfTheRun;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.Mailbox;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.BASE;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.CAPE_TOWN;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.NAIROBI;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.SORBONNE;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.TSINGHUA;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;
import static org.scicoop.secretariat.it.support.Pdfs.pdf;

/**
 * A proposal's whole life through the API, with real tokens: created, filled in with partners from three
 * countries, its findings listed in the caller's language, its description uploaded (bad and oversized
 * files refused), submitted with a receipt by e-mail, reopened and submitted again (two versions kept),
 * withdrawn; the deadline judged by the server; the officer's screening after it.
 */
class ProposalsApiIT extends DeployedApplication {

    @Test
    void aConsortiumDraftsSubmitsReopensResubmitsAndWithdrawsItsProposal() throws Exception {
        String member = demoToken("member");
        String call = ProposalsApi.openCall();
        String acronym = ProposalsApi.unique("LIFE");

        // created: the caller coordinates, with their organisation as the first partner
        HttpResponse<String> created = ProposalsApi.create(member, call, acronym, SORBONNE);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Json.number(created.body(), "id");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(BASE + "/" + id));
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + Json.number(created.body(), "version") + "\"");
        assertThat(Json.text(created.body(), "status")).isEqualTo("DRAFT");
        assertThat(Json.text(created.body(), "coordinator")).isEqualTo("member");

        // the content, with partners from France, China and Kenya: all that is missing is the description
        String email = ProposalsApi.unique("life") + "@consortia.example";
        String content = ProposalsApi.content(acronym, "Early warning for coastal floods",
                Json.number(created.body(), "content.partners[0].id"), email, SORBONNE, List.of(TSINGHUA, NAIROBI));
        assertThat(Http.send("PUT", BASE + "/" + id, member, content).statusCode())
                .as("a change without If-Match").isEqualTo(428);
        HttpResponse<String> saved = Http.send("PUT", BASE + "/" + id, member, content, "If-Match", etag,
                "Accept-Language", "fr");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(Json.list(saved.body(), "content.partners")).hasSize(3);
        assertThat(Json.text(saved.body(), "content.partners[2].source")).isEqualTo("COMMON_FUND");
        assertThat(Json.text(saved.body(), "content.partners[2].currency")).isEqualTo("EUR");
        assertThat(Json.text(saved.body(), "content.partners[1].currency")).isEqualTo("CNY");
        assertThat(Json.list(saved.body(), "findings")).containsExactly(Json.object(Map.of("rule", "descriptionMissing",
                "field", "/attachments", "message", Bundles.text("fr", "proposal.rule.descriptionMissing"))));
        String stale = etag;
        etag = saved.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isNotEqualTo(stale);

        HttpResponse<String> incomplete = Http.send("POST", BASE + "/" + id + "/submit", member, null,
                "If-Match", etag, "Accept-Language", "es");
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Json.text(incomplete.body(), "code")).isEqualTo("rule.proposal.notSubmittable");
        assertThat(Json.list(incomplete.body(), "findings")).containsExactly(Json.object(Map.of("rule", "descriptionMissing",
                "field", "/attachments", "message", Bundles.text("es", "proposal.rule.descriptionMissing"))));

        // the description: a file that is not a PDF and one over 20 MB are refused, a real PDF is kept
        HttpResponse<String> notPdf = ProposalsApi.upload(member, id, "DESCRIPTION", "description.pdf",
                "%PDF-1.7 this is no PDF at all".getBytes(), "Accept-Language", "fr", "If-Match", etag);
        assertThat(notPdf.statusCode()).isEqualTo(422);
        assertThat(notPdf.body()).contains(Bundles.text("fr", "rule.document.unreadable"));
        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, huge, 0, 9);
        HttpResponse<String> oversize = ProposalsApi.upload(member, id, "DESCRIPTION", "big.pdf", huge, "If-Match", etag);
        assertThat(oversize.statusCode()).isEqualTo(422);
        assertThat(Json.text(oversize.body(), "code")).isEqualTo("rule.document.tooLarge");
        HttpResponse<String> badKind = ProposalsApi.upload(member, id, "POSTER", "a.pdf", pdf("x"), "If-Match", etag);
        assertThat(badKind.statusCode()).isEqualTo(400);

        byte[] pdf = pdf("Early warning for coastal floods");
        assertThat(ProposalsApi.upload(member, id, "DESCRIPTION", "description.pdf", pdf("no version"))
                .statusCode()).as("an attachment changes the proposal: If-Match too").isEqualTo(428);
        // sent without a kind, an attachment is the description
        HttpResponse<String> attached = ProposalsApi.upload(member, id, null, "Beschreibung für Küsten.pdf", pdf,
                "If-Match", etag);
        assertThat(attached.statusCode()).isEqualTo(201);
        assertThat(Json.text(attached.body(), "kind")).isEqualTo("DESCRIPTION");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(Json.text(attached.body(), "sha256")).isEqualTo(sha256);
        assertThat(Json.number(attached.body(), "size")).isEqualTo(pdf.length);
        long attachmentId = Json.number(attached.body(), "id");
        String download = BASE + "/" + id + "/attachments/" + attachmentId;
        assertThat(attached.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(download));

        HttpResponse<byte[]> file = Http.getBytes(download, member);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).as("the sanitised name, safe in a header")
                        .isEqualTo("attachment; filename=\"Beschreibung-f_r-K_sten.pdf\"; "
                                + "filename*=UTF-8''Beschreibung-f%C3%BCr-K%C3%BCsten.pdf"));
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.headers().firstValue("ETag")).contains("\"" + sha256 + "\"");
        assertThat(Http.getBytes(download, member, "If-None-Match", "\"" + sha256 + "\"").statusCode())
                .isEqualTo(304);

        HttpResponse<String> complete = Http.getWithToken(BASE + "/" + id, member);
        assertThat(Json.list(complete.body(), "findings")).isEmpty();
        assertThat(Json.bool(complete.body(), "rights.submit")).isTrue();
        etag = complete.headers().firstValue("ETag").orElseThrow();

        // submitted: a stale version is refused, the current one gets a receipt by e-mail
        assertThat(Http.send("POST", BASE + "/" + id + "/submit", member, null, "If-Match", stale).statusCode())
                .isEqualTo(412);
        HttpResponse<String> submitted = Http.send("POST", BASE + "/" + id + "/submit", member, null,
                "If-Match", etag);
        assertThat(submitted.statusCode()).isEqualTo(200);
        String receipt = Json.text(submitted.body(), "receipt");
        assertThat(receipt).isEqualTo(call + "-P" + id + "-V1");
        assertThat(Json.number(submitted.body(), "number")).isEqualTo(1);
        assertThat(Instant.parse(Json.text(submitted.body(), "submittedAt")))
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
        etag = submitted.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + Json.number(submitted.body(), "version") + "\"");
        MimeMessage mail = Mailbox.await(email, receipt);
        assertThat(mail.getContent().toString()).contains(receipt).contains(acronym).contains(call);
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("no-reply@secretariat.example");

        // nothing changes while submitted; reopened, changed and submitted again: two versions are kept
        assertThat(Http.send("PUT", BASE + "/" + id, member, content, "If-Match", etag).statusCode())
                .isEqualTo(422);
        HttpResponse<String> reopened = Http.send("POST", BASE + "/" + id + "/reopen", member, null,
                "If-Match", etag);
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(Json.text(reopened.body(), "status")).isEqualTo("REOPENED");
        HttpResponse<String> changed = Http.send("PUT", BASE + "/" + id, member,
                content.replace("Early warning for coastal floods", "Early warning for coastal and river floods"),
                "If-Match", reopened.headers().firstValue("ETag").orElseThrow());
        assertThat(changed.statusCode()).isEqualTo(200);
        HttpResponse<String> again = Http.send("POST", BASE + "/" + id + "/submit", member, null,
                "If-Match", changed.headers().firstValue("ETag").orElseThrow());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Json.text(again.body(), "receipt")).isEqualTo(call + "-P" + id + "-V2");
        Mailbox.await(email, call + "-P" + id + "-V2");

        HttpResponse<String> read = Http.getWithToken(BASE + "/" + id, member);
        assertThat(Json.list(read.body(), "submissions")).hasSize(2);
        assertThat(Json.text(Http.getWithToken(BASE + "/" + id + "/submissions/1", member).body(), "content.title"))
                .isEqualTo("Early warning for coastal floods");
        HttpResponse<String> second = Http.getWithToken(BASE + "/" + id + "/submissions/2", member);
        assertThat(Json.text(second.body(), "content.title")).isEqualTo("Early warning for coastal and river floods");
        assertThat(Json.text(second.body(), "receipt")).isEqualTo(call + "-P" + id + "-V2");
        assertThat(Http.getWithToken(BASE + "/" + id + "/submissions/3", member).statusCode()).isEqualTo(404);

        // listed for its coordinator, found by the officer with the filters
        assertThat(Http.getWithToken(BASE + "?size=200", member).body()).contains(acronym);
        HttpResponse<String> filtered = Http.getWithToken(BASE + "?call=" + call + "&status=SUBMITTED&country=KE",
                demoToken("officer"));
        assertThat(filtered.statusCode()).isEqualTo(200);
        assertThat(filtered.headers().firstValue("X-Total-Count")).contains("1");
        assertThat(Json.text(filtered.body(), "[0].acronym")).isEqualTo(acronym);
        assertThat(Http.getWithToken(BASE + "?call=" + call + "&country=BR", demoToken("officer")).body()).isEqualTo("[]");

        HttpResponse<String> withdrawn = Http.send("POST", BASE + "/" + id + "/withdraw", member, null,
                "If-Match", read.headers().firstValue("ETag").orElseThrow());
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(Json.text(withdrawn.body(), "status")).isEqualTo("WITHDRAWN");
        assertThat(Http.send("POST", BASE + "/" + id + "/reopen", member, null,
                "If-Match", withdrawn.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(422);
    }

    /**
     * A call open for 40 s with a proposal submitted to it on time, another left a draft, and the officer's screening
     * asked for before the deadline: made at the start of the run ({@link AheadOfTheRun}), so that the deadline passes
     * while other classes run.
     */
    record BeforeTheDeadline(String call, Instant deadline, ProposalsApi.Made onTime, ProposalsApi.Made late,
                             HttpResponse<String> earlyScreening) {
    }

    static final AheadOfTheRun.One<BeforeTheDeadline> BEFORE_THE_DEADLINE =
            new AheadOfTheRun.One<>(ProposalsApiIT::beforeTheDeadline);

    private static BeforeTheDeadline beforeTheDeadline() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        String call = ProposalsApi.openCall(deadline);
        ProposalsApi.Made onTime = ProposalsApi.submitted("member",
                ProposalsApi.completeDraft("member", call, SORBONNE, List.of(TSINGHUA, NAIROBI)));
        ProposalsApi.Made late = ProposalsApi.completeDraft("member", call, SORBONNE, List.of(CAPE_TOWN, NAIROBI));
        HttpResponse<String> early = Http.send("POST", onTime.path() + "/screening", demoToken("officer"),
                "{\"eligible\": true}", "If-Match", onTime.etag());
        return new BeforeTheDeadline(call, deadline, onTime, late, early);
    }

    @Test
    void afterTheDeadlineNothingIsSubmittedOrChangedAndTheOfficerScreens() throws Exception {
        BeforeTheDeadline made = BEFORE_THE_DEADLINE.take();
        String call = made.call();
        ProposalsApi.Made onTime = made.onTime();
        ProposalsApi.Made late = made.late();
        HttpResponse<String> early = made.earlyScreening();
        assertThat(early.statusCode()).as("screening waits for the deadline").isEqualTo(422);
        assertThat(Json.text(early.body(), "code")).isEqualTo("rule.proposal.screenAfterDeadline");
        HttpResponse<String> first = Http.getWithToken(BASE + "?call=" + call + "&size=1", demoToken("officer"));
        assertThat(first.headers().firstValue("X-Total-Count")).contains("2");
        assertThat(Json.list(first.body(), "")).hasSize(1);
        assertThat(first.headers().allValues("Link"))
                .anyMatch(link -> link.contains("page=1") && link.contains("rel=\"next\""))
                .noneMatch(link -> link.contains("rel=\"prev\""));
        assertThat(Http.getWithToken(BASE + "?call=" + call + "&size=1&page=1", demoToken("officer")).headers()
                .allValues("Link"))
                .anyMatch(link -> link.contains("page=0") && link.contains("rel=\"prev\""))
                .noneMatch(link -> link.contains("rel=\"next\""));

        while (Instant.now().isBefore(made.deadline().plusSeconds(1))) {
            Thread.sleep(250);
        }

        String member = demoToken("member");
        HttpResponse<String> refused = Http.send("POST", late.path() + "/submit", member, null,
                "If-Match", late.etag(), "Accept-Language", "fr");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Json.text(refused.body(), "code")).isEqualTo("rule.proposal.callNotAccepting");
        assertThat(Json.text(refused.body(), "detail")).startsWith("L");
        assertThat(Http.send("POST", onTime.path() + "/reopen", member, null, "If-Match", onTime.etag())
                .statusCode()).isEqualTo(422);
        assertThat(Http.send("POST", onTime.path() + "/withdraw", member, null, "If-Match", onTime.etag())
                .statusCode()).isEqualTo(422);
        assertThat(ProposalsApi.upload(member, late.id(), "LETTER", "letter.pdf", pdf("late"), "If-Match", late.etag())
                .statusCode()).isEqualTo(422);
        assertThat(Json.text(Http.getWithToken(late.path(), member).body(), "status")).isEqualTo("DRAFT");

        String officer = demoToken("officer");
        assertThat(Http.send("POST", onTime.path() + "/screening", officer, "{\"eligible\": false}",
                "If-Match", onTime.etag()).statusCode()).as("ineligible needs reasons").isEqualTo(422);
        HttpResponse<String> screened = Http.send("POST", onTime.path() + "/screening", officer,
                "{\"eligible\": false, \"reasons\": \"The letter of the Kenyan partner is missing.\"}",
                "If-Match", onTime.etag());
        assertThat(screened.statusCode()).isEqualTo(200);
        assertThat(Json.text(screened.body(), "status")).isEqualTo("INELIGIBLE");
        HttpResponse<String> seen = Http.getWithToken(onTime.path(), member);
        assertThat(Json.text(seen.body(), "status")).isEqualTo("INELIGIBLE");
        assertThat(Json.text(seen.body(), "screeningReasons")).isEqualTo("The letter of the Kenyan partner is missing.");
        assertThat(Http.send("POST", onTime.path() + "/screening", officer, "{\"eligible\": true}",
                "If-Match", onTime.etag()).statusCode()).as("a stale version").isEqualTo(412);
    }

    @Test
    void aPartnerEditsItsOwnDataAndOnlyTheCoordinatorTheRest() {
        String call = ProposalsApi.openCall();
        ProposalsApi.Made draft = ProposalsApi.completeDraft("member", call, SORBONNE, List.of(TSINGHUA, NAIROBI));
        String member2 = demoToken("member2");
        String partnerPath = draft.path() + "/partners/" + draft.partnerIds().get(2);
        String partnerData = """
                {"organisationId": %d, "piName": "Wanjiru Kamau", "requested": 90000, "personMonths": 30}"""
                .formatted(ProposalsApi.organisationId(NAIROBI.organisation()));

        assertThat(Http.send("PUT", partnerPath, member2, partnerData, "If-Match", draft.etag()).statusCode())
                .as("not yet in the consortium").isEqualTo(404);
        // the coordinator names member2 as the Kenyan investigator and invites them (their account exists)
        HttpResponse<String> named = Http.send("PUT", partnerPath, demoToken("member"), """
                {"organisationId": %d, "piName": "Wanjiru Kamau", "piEmail": "member2@secretariat.example",
                 "requested": 80000, "personMonths": 24}""".formatted(ProposalsApi.organisationId(NAIROBI.organisation())),
                "If-Match", draft.etag());
        assertThat(named.statusCode()).isEqualTo(200);
        HttpResponse<String> invited = Http.send("POST", partnerPath + "/invite", demoToken("member"), null,
                "If-Match", named.headers().firstValue("ETag").orElseThrow());
        assertThat(invited.statusCode()).isEqualTo(200);
        assertThat(Json.bool(invited.body(), "content.partners[2].linked")).isTrue();
        String etag = invited.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> own = Http.send("PUT", partnerPath, member2, partnerData, "If-Match", etag);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Json.decimal(own.body(), "content.partners[2].personMonths")).isEqualByComparingTo("30");
        assertThat(Json.text(own.body(), "content.partners[2].piEmail")).as("only the coordinator changes it")
                .isEqualTo("member2@secretariat.example");
        HttpResponse<String> other = Http.send("PUT", draft.path() + "/partners/" + draft.partnerIds().get(1),
                member2, partnerData, "If-Match", own.headers().firstValue("ETag").orElseThrow());
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(Json.text(other.body(), "code")).isEqualTo("rule.proposal.coordinatorOnly");
        assertThat(Http.send("POST", draft.path() + "/submit", member2, null,
                "If-Match", own.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(403);
        assertThat(Http.getWithToken(BASE + "?size=200", member2).body()).contains(draft.acronym());
    }
}
