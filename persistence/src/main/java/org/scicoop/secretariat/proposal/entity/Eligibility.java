package org.scicoop.secretariat.proposal.entity;

import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.EligibilityRules;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.Organisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says whether a proposal may be submitted: what is still missing, and every
 * eligibility rule of its call that it does not meet (PRODUCT.md). The editor shows the result live
 * (the server runs this on what the applicant typed), submission runs it again, and the same
 * findings are the words people read. Pure: no database, no clock.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** Everything that stands in the way of submission: missing information first, then the call's rules. */
    public static List<Finding> check(Proposal proposal) {
        List<Finding> findings = new ArrayList<>(missing(proposal));
        findings.addAll(rules(proposal));
        return findings;
    }

    /** What the applicant has not filled in yet. */
    public static List<Finding> missing(Proposal proposal) {
        List<Finding> findings = new ArrayList<>();
        if (proposal.getTitle() == null) {
            findings.add(Finding.of("titleMissing"));
        }
        if (proposal.getAbstractText() == null) {
            findings.add(Finding.of("abstractMissing"));
        }
        if (proposal.getKeywords() == null) {
            findings.add(Finding.of("keywordsMissing"));
        }
        if (proposal.getDurationMonths() == null) {
            findings.add(Finding.of("durationMissing"));
        }
        for (Partner partner : proposal.getPartners()) {
            String name = partner.getOrganisation().getName();
            if (partner.getPiName() == null || partner.getPiEmail() == null) {
                findings.add(Finding.of("investigatorMissing", name));
            }
            if (partner.getPersonMonths() == null || partner.getPersonMonths().signum() <= 0) {
                findings.add(Finding.of("personMonthsMissing", name));
            }
        }
        if (proposal.getMilestones().isEmpty()) {
            findings.add(Finding.of("milestonesMissing"));
        }
        Integer duration = proposal.getDurationMonths();
        for (PlannedMilestone milestone : proposal.getMilestones()) {
            if (milestone.getResponsible() == null) {
                findings.add(Finding.of("milestoneWithoutPartner", milestone.getTitle()));
            }
            if (duration != null && milestone.getDueMonth() > duration) {
                findings.add(Finding.of("milestoneAfterEnd", milestone.getTitle(), milestone.getDueMonth(), duration));
            }
        }
        if (proposal.getAttachments().stream().noneMatch(a -> a.getKind() == AttachmentKind.DESCRIPTION)) {
            findings.add(Finding.of("descriptionMissing"));
        }
        return findings;
    }

    /** The call's eligibility rules the proposal does not meet, every one of them. */
    public static List<Finding> rules(Proposal proposal) {
        Call call = proposal.getCall();
        EligibilityRules rules = call.getRules();
        List<Partner> partners = proposal.getPartners();
        List<Finding> findings = new ArrayList<>();

        if (partners.size() < rules.getMinPartners()) {
            findings.add(Finding.of("tooFewPartners", partners.size(), rules.getMinPartners()));
        }
        Set<String> countries = new HashSet<>();
        partners.forEach(p -> countries.add(p.getCountry().getCode()));
        if (countries.size() < rules.getMinCountries()) {
            findings.add(Finding.of("tooFewCountries", countries.size(), rules.getMinCountries()));
        }
        if (rules.isDevelopingPartnerRequired() && partners.stream().noneMatch(p -> p.getCountry().isDeveloping())) {
            findings.add(Finding.of("noDevelopingPartner"));
        }
        Country coordinatorCountry = proposal.coordinatingPartner().getCountry();
        if (rules.isCoordinatorCountryFunds() && !Funding.countryFunds(call, coordinatorCountry)) {
            findings.add(Finding.of("coordinatorCountryNotFunding", Finding.CountryName.of(coordinatorCountry)));
        }
        Integer duration = proposal.getDurationMonths();
        if (duration != null && duration > rules.getMaxDurationMonths()) {
            findings.add(Finding.of("durationOverMaximum", duration, rules.getMaxDurationMonths()));
        }
        List<Organisation> organisations = new ArrayList<>();
        for (Partner partner : partners) {
            Organisation organisation = partner.getOrganisation();
            boolean twice = organisations.stream().anyMatch(o -> o == organisation
                    || (o.getId() != null && o.getId().equals(organisation.getId())));
            organisations.add(organisation);
            if (twice) {
                findings.add(Finding.of("organisationTwice", partner.getOrganisation().getName()));
            }
            findings.addAll(funding(call, partner));
        }
        findings.addAll(NationalEligibility.rules(proposal));
        return findings;
    }

    /** Whether the partner's funding source is one its country may use, and its request within the limit. */
    static List<Finding> funding(Call call, Partner partner) {
        String name = partner.getOrganisation().getName();
        Funding.Option chosen = partner.fundingOption();
        List<Funding.Option> options = Funding.options(call, partner.getCountry());
        if (options.stream().noneMatch(chosen::sameAs)) {
            return List.of(Finding.of("fundingNotAllowed", name, chosen.source(),
                    Finding.CountryName.of(partner.getCountry())));
        }
        BigDecimal requested = partner.getRequested();
        if (chosen.source() == FundingSource.SELF_FUNDED) {
            return requested.signum() > 0 ? List.of(Finding.of("selfFundedRequest", name)) : List.of();
        }
        Optional<BigDecimal> maximum = Funding.maximum(call, chosen);
        if (maximum.isPresent() && requested.compareTo(maximum.get()) > 0) {
            return List.of(Finding.of("requestOverMaximum", name, requested, maximum.get(),
                    chosen.currency().getCurrencyCode()));
        }
        return List.of();
    }
}
