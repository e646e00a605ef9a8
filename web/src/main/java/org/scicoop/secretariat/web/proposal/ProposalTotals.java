package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.proposal.boundary.ProposalView.PartnerView;
import org.scicoop.secretariat.proposal.entity.FundingSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A proposal's budget in totals, for its preview (issue 12): per country and per funding source, each in its
 * own currencies (amounts in two currencies are never added: a partner's request is in its funder's currency),
 * with the partners and person-months they stand for, in the order the partners are listed.
 *
 * @param byCountry    one line per country and currency ({@code group} the country code)
 * @param bySource     one line per funder and currency ({@code group} the agency's acronym, or the source's name)
 * @param personMonths the consortium's person-months
 */
public record ProposalTotals(List<Line> byCountry, List<Line> bySource, BigDecimal personMonths) {

    /** A total: what it groups, in which currency (null for self-funded partners), how much, for how many. */
    public record Line(String group, String currency, BigDecimal amount, BigDecimal personMonths, int partners) {

        Line plus(PartnerView partner) {
            return new Line(group, currency, amount.add(orZero(partner.requested())),
                    personMonths.add(orZero(partner.personMonths())), partners + 1);
        }
    }

    static ProposalTotals of(List<PartnerView> partners) {
        return new ProposalTotals(lines(partners, PartnerView::countryCode), lines(partners, ProposalTotals::funder),
                partners.stream().map(p -> orZero(p.personMonths())).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Who funds the partner: its agency's acronym, else the source ({@code COMMON_FUND}, {@code SELF_FUNDED}). */
    private static String funder(PartnerView partner) {
        return partner.source() == FundingSource.AGENCY && partner.agency() != null ? partner.agency()
                : Objects.toString(partner.source(), FundingSource.SELF_FUNDED.name());
    }

    private static List<Line> lines(List<PartnerView> partners, Function<PartnerView, String> group) {
        Map<List<String>, Line> lines = new LinkedHashMap<>();
        for (PartnerView partner : partners) {
            String currency = partner.source() == FundingSource.SELF_FUNDED ? null : partner.currency();
            String key = group.apply(partner);
            lines.compute(Arrays.asList(key, currency), (k, line) -> (line == null
                    ? new Line(key, currency, BigDecimal.ZERO, BigDecimal.ZERO, 0) : line).plus(partner));
        }
        return new ArrayList<>(lines.values());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
