package org.scicoop.secretariat.proposal.entity;

import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.Commitment;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may fund a partner from a given country in a given call (PRODUCT.md): an agency of that
 * country that commits to the call, in the agency's currency (the partner chooses when several do);
 * otherwise the common fund, in euros, when the country is developing and the call has one;
 * otherwise nobody: the partner takes part self-funded and requests nothing.
 */
public final class Funding {

    public static final Currency EURO = Currency.getInstance("EUR");

    /** One way a partner may be funded; {@code agency} only for {@link FundingSource#AGENCY}. */
    public record Option(FundingSource source, FundingAgency agency, Currency currency) {

        public Option {
            Objects.requireNonNull(source);
            if ((source == FundingSource.AGENCY) != (agency != null)) {
                throw new IllegalArgumentException("an agency goes with the agency source only");
            }
        }

        public static Option agency(FundingAgency agency) {
            return new Option(FundingSource.AGENCY, agency, agency.getCurrency());
        }

        public static Option commonFund() {
            return new Option(FundingSource.COMMON_FUND, null, EURO);
        }

        public static Option selfFunded() {
            return new Option(FundingSource.SELF_FUNDED, null, null);
        }

        /** Same source and agency (agencies compared by id, as they may be proxies). */
        public boolean sameAs(Option other) {
            return source == other.source && (agency == null ? other.agency == null
                    : other.agency != null && same(agency, other.agency));
        }
    }

    private Funding() {
    }

    /** The same agency: the same object, or the same row (one of them may be a lazy proxy). */
    static boolean same(FundingAgency a, FundingAgency b) {
        return a == b || (a.getId() != null && a.getId().equals(b.getId()));
    }

    /** The funding a partner from {@code country} may choose in {@code call}, the default first. */
    public static List<Option> options(Call call, Country country) {
        List<Option> options = new ArrayList<>();
        for (Commitment commitment : call.getCommitments()) {
            if (commitment.getAgency().getCountry().equals(country)) {
                options.add(Option.agency(commitment.getAgency()));
            }
        }
        if (options.isEmpty()) {
            options.add(country.isDeveloping() && hasCommonFund(call) ? Option.commonFund() : Option.selfFunded());
        }
        return List.copyOf(options);
    }

    /** Whether any agency of {@code country} commits to {@code call}. */
    public static boolean countryFunds(Call call, Country country) {
        return call.getCommitments().stream().anyMatch(c -> c.getAgency().getCountry().equals(country));
    }

    public static boolean hasCommonFund(Call call) {
        return call.getCommonFundEur().signum() > 0;
    }

    /** The most a partner funded by {@code option} may request in {@code call}; empty when no limit applies. */
    public static Optional<BigDecimal> maximum(Call call, Option option) {
        return switch (option.source()) {
            case SELF_FUNDED -> Optional.of(BigDecimal.ZERO);
            case COMMON_FUND -> Optional.of(call.getCommonFundEur());
            case AGENCY -> call.getCommitments().stream()
                    .filter(c -> same(c.getAgency(), option.agency()))
                    .findFirst()
                    .map(c -> c.getMaxRequestPerPartner() != null ? c.getMaxRequestPerPartner() : c.getAmount());
        };
    }
}
