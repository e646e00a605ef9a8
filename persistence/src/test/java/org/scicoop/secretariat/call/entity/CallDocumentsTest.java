package org.scicoop.secretariat.call.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.file.entity.StoredFile;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.IncomeGroup;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final ThematicArea CLIMATE = new ThematicArea("CLIMATE_CHANGE", "Climate change", "气候变化",
            "Changement climatique", "Cambio climático");
    private static final FundingAgency NSFC = new FundingAgency("NSFC", "National Natural Science Foundation of China",
            new Country("CN", "China", IncomeGroup.UPPER_MIDDLE, 2025), Currency.getInstance("CNY"));

    private static Call draft() {
        return Call.draft("STI-2027-CLIM-01", new Call.CallText("Climate adaptation", "Adapting cities.", List.of(CLIMATE)),
                new Call.Schedule(NOW.plus(Duration.ofDays(7)), NOW.plus(Duration.ofDays(90))),
                EligibilityRules.defaults(), NOW);
    }

    private static CallDocument.Upload upload(String title, String content) {
        byte[] bytes = ("%PDF-1.7 " + content).getBytes(StandardCharsets.UTF_8);
        return new CallDocument.Upload(title, DocumentKind.GUIDE, "en", "Guide for applicants.pdf",
                StoredFile.sha256(bytes), bytes.length);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(key));
    }

    @Test
    void aDocumentRecordsItsSizeChecksumUploaderAndASafeFileName() {
        Call call = draft();

        CallDocument document = call.attachDocument(upload(" Guide for applicants ", "a"), "officer", NOW);

        assertThat(call.getDocuments()).containsExactly(document);
        assertThat(document.getTitle()).isEqualTo("Guide for applicants");
        assertThat(document.getFileName()).isEqualTo("Guide-for-applicants.pdf");
        assertThat(document.getSize()).isEqualTo(10);
        assertThat(document.getSha256()).hasSize(64).isEqualTo(StoredFile.sha256(
                "%PDF-1.7 a".getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getContentType()).isEqualTo("application/pdf");
        assertThat(document.getUploadedBy()).isEqualTo("officer");
        assertThat(document.getUploadedAt()).isEqualTo(NOW);
    }

    @Test
    void anOpenCallStillTakesDocumentsAClosedOrCancelledOneDoesNot() {
        Call open = draft();
        open.commit(NSFC, new BigDecimal("1000000"), null);
        open.open(NOW);
        open.attachDocument(upload("Corrected guide", "b"), "officer", NOW);
        assertThat(open.getDocuments()).hasSize(1);

        Call cancelled = draft();
        CallDocument kept = cancelled.attachDocument(upload("Call text", "c"), "officer", NOW);
        cancelled.cancel("Budget withdrawn", NOW);

        assertRefused(() -> cancelled.attachDocument(upload("Late", "d"), "officer", NOW), "rule.call.documentsFrozen");
        assertRefused(() -> cancelled.removeDocument(kept), "rule.call.documentsFrozen");
        assertThat(cancelled.getDocuments()).containsExactly(kept);
    }

    @Test
    void theSameFileTwiceIsRefused() {
        Call call = draft();
        call.attachDocument(upload("Guide", "same"), "officer", NOW);

        assertRefused(() -> call.attachDocument(upload("Guide again", "same"), "officer", NOW),
                "rule.call.documentDuplicate");
    }

    @Test
    void aCallTakesAtMostTwentyDocuments() {
        Call call = draft();
        for (int i = 0; i < Call.MAX_DOCUMENTS; i++) {
            call.attachDocument(upload("Template " + i, "t" + i), "officer", NOW);
        }

        assertRefused(() -> call.attachDocument(upload("One too many", "x"), "officer", NOW),
                "rule.call.tooManyDocuments");
    }

    @Test
    void aDocumentNeedsAShortTitle() {
        assertRefused(() -> draft().attachDocument(upload("  ", "e"), "officer", NOW), "rule.call.documentNeedsTitle");
        assertRefused(() -> draft().attachDocument(upload("x".repeat(201), "f"), "officer", NOW),
                "rule.call.documentTitleTooLong");
    }
}
