package org.scicoop.secretariat.proposal.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.AttachmentKind;
import org.scicoop.secretariat.proposal.entity.FundingSource;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A submitted version is kept as JSON and read back as it was, including the demo data's versions. */
class SubmittedContentTest {

    @Test
    void aSubmittedVersionReadsBackAsItWasWritten() {
        ProposalView.Content content = new ProposalView.Content("CLIMA", "Climate-resilient cities", "Abstract «ünïcode» 气候",
                "climate, cities", 36,
                List.of(new ProposalView.PartnerView(7, 0, true, 11, "Sorbonne Université", "FR", "France", false,
                        "Camille Martin", "member@secretariat.example", true, null, FundingSource.AGENCY, 3L, "ANR", "EUR",
                        new BigDecimal("150000.00"), new BigDecimal("24.0"),
                        List.of("The investigator is employed beyond the project's end.")),
                        new ProposalView.PartnerView(8, 1, false, 12, "University of Nairobi", "KE", "Kenya", true,
                                "Amina Odhiambo", "member2@secretariat.example", true,
                                Instant.parse("2026-11-20T08:00:00Z"), FundingSource.COMMON_FUND, null, null, "EUR",
                                new BigDecimal("80000.00"), new BigDecimal("30.0"), List.of())),
                List.of(new ProposalView.MilestoneView(0, "Data set", 24, MilestoneKind.DATA_SET, 1, "University of Nairobi")),
                List.of(new ProposalView.AttachmentView(5, AttachmentKind.DESCRIPTION, "description.pdf", 1234, "ab".repeat(32),
                        Instant.parse("2026-11-21T09:30:00Z"), "member")));

        assertThat(ProposalViews.content(ProposalViews.json(content))).isEqualTo(content);
    }

    @ParameterizedTest
    @CsvSource({"R__demo_3_proposals.sql, 4", "R__demo_4_evaluation.sql, 11"})
    void theDemoDataSubmittedVersionsAreReadable(String file, int atLeast) throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/demo/" + file)) {
            assertThat(in).as("the demo proposals are on the class path").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher json = Pattern.compile("'(\\{\"acronym\".*?\\})',?\\s*\\n").matcher(sql);
        int versions = 0;
        while (json.find()) {
            ProposalView.Content content = ProposalViews.content(json.group(1).replace("''", "'"));
            assertThat(content.partners()).isNotEmpty();
            assertThat(content.partners().get(0).coordinating()).isTrue();
            versions++;
        }
        assertThat(versions).isGreaterThanOrEqualTo(atLeast);
    }
}
