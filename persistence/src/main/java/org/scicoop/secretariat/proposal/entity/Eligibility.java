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
            findings.add(Finding.at("/title", "titleMissing"));
        }
        if (proposal.getAbstractText() == null) {
            findings.add(Finding.at("/abstractText", "abstractMissing"));
        }
        if (proposal.getKeywords() == null) {
            findings.add(Finding.at("/keywords", "keywordsMissing"));
        }
        if (proposal.getDurationMonths() == null) {
            findings.add(Finding.at("/durationMonths", "durationMissing"));
        }
        List<Partner> partners = proposal.getPartners();
        for (int i = 0; i < partners.size(); i++) {
            Partner partner = partners.get(i);
            String name = partner.getOrganisation().getName();
            if (partner.getPiName() == null || partner.getPiEmail() == null) {
                findings.add(Finding.at(Finding.partner(i, partner.getPiName() == null ? "piName" : "piEmail"),
                        "investigatorMissing", name));
            }
            if (partner.getPersonMonths() == null || partner.getPersonMonths().signum() <= 0) {
                findings.add(Finding.at(Finding.partner(i, "personMonths"), "personMonthsMissing", name));
            }
        }
        if (proposal.getMilestones().isEmpty()) {
            findings.add(Finding.at("/milestones", "milestonesMissing"));
        }
        Integer duration = proposal.getDurationMonths();
        List<PlannedMilestone> milestones = proposal.getMilestones();
        for (int i = 0; i < milestones.size(); i++) {
            PlannedMilestone milestone = milestones.get(i);
            if (milestone.getResponsible() == null) {
                findings.add(Finding.at(Finding.milestone(i, "responsible"), "milestoneWithoutPartner",
                        milestone.getTitle()));
            }
            if (duration != null && milestone.getDueMonth() > duration) {
                findings.add(Finding.at(Finding.milestone(i, "dueMonth"), "milestoneAfterEnd", milestone.getTitle(),
                        milestone.getDueMonth(), duration));
            }
        }
        if (proposal.getAttachments().stream().noneMatch(a -> a.getKind() == AttachmentKind.DESCRIPTION)) {
            findings.add(Finding.at("/attachments", "descriptionMissing"));
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
            findings.add(Finding.at("/partners", "tooFewPartners", partners.size(), rules.getMinPartners()));
        }
        Set<String> countries = new HashSet<>();
        partners.forEach(p -> countries.add(p.getCountry().getCode()));
        if (countries.size() < rules.getMinCountries()) {
            findings.add(Finding.at("/partners", "tooFewCountries", countries.size(), rules.getMinCountries()));
        }
        if (rules.isDevelopingPartnerRequired() && partners.stream().noneMatch(p -> p.getCountry().isDeveloping())) {
            findings.add(Finding.at("/partners", "noDevelopingPartner"));
        }
        Partner coordinator = proposal.coordinatingPartner();
        Country coordinatorCountry = coordinator.getCountry();
        if (rules.isCoordinatorCountryFunds() && !Funding.countryFunds(call, coordinatorCountry)) {
            findings.add(Finding.at(Finding.partner(partners.indexOf(coordinator), null), "coordinatorCountryNotFunding",
                    Finding.CountryName.of(coordinatorCountry)));
        }
        Integer duration = proposal.getDurationMonths();
        if (duration != null && duration > rules.getMaxDurationMonths()) {
            findings.add(Finding.at("/durationMonths", "durationOverMaximum", duration, rules.getMaxDurationMonths()));
        }
        List<Organisation> organisations = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            Partner partner = partners.get(i);
            Organisation organisation = partner.getOrganisation();
            boolean twice = organisations.stream().anyMatch(o -> o == organisation
                    || (o.getId() != null && o.getId().equals(organisation.getId())));
            organisations.add(organisation);
            if (twice) {
                findings.add(Finding.at(Finding.partner(i, "organisationId"), "organisationTwice",
                        partner.getOrganisation().getName()));
            }
            findings.addAll(funding(call, partner, i));
        }
        findings.addAll(NationalEligibility.rules(proposal));
        return findings;
    }

    /**
     * Whether the partner (at {@code index} in the proposal's list) has a funding source its country may use, and its
     * request within the limit.
     */
    static List<Finding> funding(Call call, Partner partner, int index) {
        String name = partner.getOrganisation().getName();
        Funding.Option chosen = partner.fundingOption();
        List<Funding.Option> options = Funding.options(call, partner.getCountry());
        if (options.stream().noneMatch(chosen::sameAs)) {
            return List.of(Finding.at(Finding.partner(index, "source"), "fundingNotAllowed", name, chosen.source(),
                    Finding.CountryName.of(partner.getCountry())));
        }
        BigDecimal requested = partner.getRequested();
        if (chosen.source() == FundingSource.SELF_FUNDED) {
            return requested.signum() > 0 ? List.of(Finding.at(Finding.partner(index, "requested"), "selfFundedRequest", name)) : List.of();
        }
        Optional<BigDecimal> maximum = Funding.maximum(call, chosen);
        if (maximum.isPresent() && requested.compareTo(maximum.get()) > 0) {
            return List.of(Finding.at(Finding.partner(index, "requested"), "requestOverMaximum", name, requested, maximum.get(),
                    chosen.currency().getCurrencyCode()));
        }
        return List.of();
    }
}
