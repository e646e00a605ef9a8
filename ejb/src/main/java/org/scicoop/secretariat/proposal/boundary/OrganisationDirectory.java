package org.scicoop.secretariat.proposal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.PagedQuery;
import org.scicoop.secretariat.proposal.entity.Funding;
import org.scicoop.secretariat.proposal.entity.FundingSource;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.Organisation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What applicants look up while they build a consortium: the organisations the programme knows
 * (so that partners pick an existing one rather than create a duplicate), and the funding a
 * partner from a given country may choose in a call ({@link Funding}, the rule itself, not a copy).
 * Nothing here is confidential: organisations and calls' commitments are public data.
 */
@Stateless
public class OrganisationDirectory {

    public static final int MAX_RESULTS = 20;

    /** A known organisation as a choice. */
    public record OrganisationChoice(long id, String name, String countryCode, String city, String rorId)
            implements Serializable {
    }

    /**
     * One way a partner from a country may be funded in a call, the default first: {@code agencyId}
     * only for an agency; {@code currency} null for self-funded; {@code maximum} the most one partner
     * may request from it (null: no limit); {@code declarations} the agency's national declarations a partner it
     * funds must make (its {@code NationalRules}, as the agency wrote them; empty for the other choices).
     */
    public record FundingChoice(FundingSource source, Long agencyId, String agency, String agencyName,
                                String currency, BigDecimal maximum, List<String> declarations)
                                        implements Serializable {

        public FundingChoice {
            declarations = declarations == null ? List.of() : List.copyOf(declarations);
        }
    }

    @PersistenceContext
    EntityManager em;

    /** Organisations whose name, city or ROR id contains {@code text} (any case), at most 20, by name. */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    public List<OrganisationChoice> search(@NotNull @Size(max = 200) String text) {
        String query = text.strip();
        if (query.length() < 2) {
            return List.of();
        }
        return em.createQuery("""
                        select o from Organisation o join fetch o.country
                        where lower(o.name) like :text escape '\\' or lower(o.city) like :text escape '\\'
                           or o.rorId = :ror
                        order by o.name, o.id""", Organisation.class)
                .setParameter("text", PagedQuery.containsPattern(query))
                .setParameter("ror", query.toLowerCase(Locale.ROOT))
                .setMaxResults(MAX_RESULTS)
                .getResultList().stream()
                .map(o -> new OrganisationChoice(o.getId(), o.getName(), o.getCountry().getCode(), o.getCity(),
                        o.getRorId()))
                .toList();
    }

    /** The funding a partner from {@code countryCode} may choose in the call, the default first. */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public List<FundingChoice> fundingOptions(@NotNull String callCode, @NotNull String countryCode) {
        Call call = em.createNamedQuery(Call.BY_CODE, Call.class).setParameter("code", callCode)
                .getResultStream().filter(Call::isPublished).findFirst()
                .orElseThrow(() -> new NotFound("call " + callCode));
        Country country = em.find(Country.class, countryCode);
        if (country == null) {
            throw new NotFound("country " + countryCode);
        }
        return Funding.options(call, country).stream()
                .map(option -> new FundingChoice(option.source(),
                        option.agency() == null ? null : option.agency().getId(),
                        option.agency() == null ? null : option.agency().getAcronym(),
                        option.agency() == null ? null : option.agency().getName(),
                        option.currency() == null ? null : option.currency().getCurrencyCode(),
                        Funding.maximum(call, option).orElse(null),
                        option.agency() == null ? List.of() : option.agency().getNationalRules().getDeclarations()))
                .toList();
    }
}
