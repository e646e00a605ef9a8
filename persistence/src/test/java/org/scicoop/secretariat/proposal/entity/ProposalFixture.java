package org.scicoop.secretariat.proposal.entity;

import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.EligibilityRules;
import org.scicoop.secretariat.platform.file.entity.StoredFile;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.IncomeGroup;
import org.scicoop.secretariat.reference.entity.Organisation;
import org.scicoop.secretariat.reference.entity.OrganisationType;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A small world for the proposal rules: France and China fund the call (China through two agencies),
 * Kenya is developing without an agency, Brazil is neither developing nor funding.
 */
public final class ProposalFixture {

    static final Instant CREATED = Instant.parse("2026-11-29T10:00:00Z");
    static final Instant OPENS = CREATED.plus(Duration.ofDays(1));
    static final Instant DEADLINE = CREATED.plus(Duration.ofDays(60));
    public static final Instant NOW = CREATED.plus(Duration.ofDays(10));

    static final Country FRANCE = new Country("FR", "France", IncomeGroup.HIGH, 2025);
    static final Country CHINA = new Country("CN", "China", IncomeGroup.UPPER_MIDDLE, 2025);
    static final Country KENYA = new Country("KE", "Kenya", IncomeGroup.LOWER_MIDDLE, 2025);
    static final Country BRAZIL = new Country("BR", "Brazil", IncomeGroup.UPPER_MIDDLE, 2025);

    static final FundingAgency ANR = new FundingAgency("ANR", "Agence nationale de la recherche", FRANCE,
            Currency.getInstance("EUR"));
    static final FundingAgency NSFC = new FundingAgency("NSFC", "National Natural Science Foundation of China", CHINA,
            Currency.getInstance("CNY"));
    static final FundingAgency MOST = new FundingAgency("MOST", "Ministry of Science and Technology", CHINA,
            Currency.getInstance("CNY"));

    static final Organisation SORBONNE = new Organisation("Sorbonne Université", FRANCE, OrganisationType.UNIVERSITY);
    static final Organisation NAIROBI = new Organisation("University of Nairobi", KENYA, OrganisationType.UNIVERSITY);
    static final Organisation TSINGHUA = new Organisation("Tsinghua University", CHINA, OrganisationType.UNIVERSITY);
    static final Organisation USP = new Organisation("Universidade de São Paulo", BRAZIL, OrganisationType.UNIVERSITY);

    private ProposalFixture() {
    }

    /** An open call: ANR (max 200,000 EUR per partner), NSFC and MOST (no maximum), a common fund of 300,000 EUR. */
    static Call call(EligibilityRules rules, BigDecimal commonFund) {
        Call call = Call.draft("STI-2027-CLIM-01", new Call.CallText("Climate adaptation", "Adapting cities.",
                        List.of(new ThematicArea("CLIMATE", "Climate", "气候", "Climat", "Clima"))),
                new Call.Schedule(OPENS, DEADLINE), rules, CREATED);
        call.commit(ANR, new BigDecimal("1000000"), new BigDecimal("200000"));
        call.commit(NSFC, new BigDecimal("8000000"), null);
        call.commit(MOST, new BigDecimal("2000000"), null);
        if (commonFund.signum() > 0) {
            call.commitCommonFund(commonFund);
        }
        call.open(CREATED);
        return call;
    }

    public static Call call() {
        return call(EligibilityRules.defaults(), new BigDecimal("300000"));
    }

    /** A draft by member (Sorbonne), at {@link #NOW}. */
    public static Proposal draft(Call call) {
        return Proposal.draft(call, "member", "CLIMA", SORBONNE, NOW);
    }

    /**
     * A proposal that meets every rule and lacks nothing: Sorbonne (ANR 150,000 EUR), Nairobi (common fund
     * 80,000 EUR), Tsinghua (NSFC 900,000 CNY), two milestones, the description attached.
     */
    public static Proposal complete(Call call) {
        Proposal proposal = draft(call);
        proposal.describe("CLIMA", "Climate-resilient cities", "We adapt cities.", "climate, cities", 36, NOW);
        Partner sorbonne = proposal.coordinatingPartner();
        sorbonne.describeInvestigator("Marie Curie", "member@secretariat.example", NOW);
        sorbonne.fundedBy(Funding.Option.agency(ANR), new BigDecimal("150000"), NOW);
        sorbonne.plan(new BigDecimal("24"), NOW);
        Partner nairobi = proposal.addPartner(NAIROBI, NOW);
        nairobi.describeInvestigator("Wangari Maathai", "member2@secretariat.example", NOW);
        nairobi.fundedBy(Funding.Option.commonFund(), new BigDecimal("80000"), NOW);
        nairobi.plan(new BigDecimal("30"), NOW);
        Partner tsinghua = proposal.addPartner(TSINGHUA, NOW);
        tsinghua.describeInvestigator("Tu Youyou", "tu@tsinghua.example", NOW);
        tsinghua.fundedBy(Funding.Option.agency(NSFC), new BigDecimal("900000"), NOW);
        tsinghua.plan(new BigDecimal("18"), NOW);
        proposal.planMilestones(List.of(
                new PlannedMilestone.Plan("Data management plan", 6, MilestoneKind.DELIVERABLE, sorbonne),
                new PlannedMilestone.Plan("Urban heat data set", 24, MilestoneKind.DATA_SET, nairobi)), NOW);
        StoredFile description = new StoredFile("%PDF-1.7 a".getBytes(), NOW);
        proposal.attach(AttachmentKind.DESCRIPTION, "description.pdf", description.getSha256(), description.getSize(),
                "member", NOW);
        return proposal;
    }
}
