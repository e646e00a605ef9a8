package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.boundary.NewOrganisation;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.Organisation;
import org.scicoop.secretariat.reference.entity.RorId;

import java.util.Locale;
import java.util.Optional;

/**
 * The organisation a partner names: a known one by id, or a new one. A new one that the programme
 * already knows (same ROR id, or same name in the same country) is the known one, so applicants do
 * not create duplicates for the administrators to merge.
 */
@Dependent
public class PartnerOrganisations {

    @PersistenceContext
    EntityManager em;

    public Organisation resolve(Long organisationId, NewOrganisation newOrganisation) {
        if (organisationId != null) {
            return Optional.ofNullable(em.find(Organisation.class, organisationId))
                    .orElseThrow(() -> new NotFound("organisation " + organisationId));
        }
        RuleViolation.require(newOrganisation != null, "rule.proposal.organisationRequired");
        String ror = RorId.normalise(newOrganisation.rorId());
        if (ror != null) {
            Optional<Organisation> known = em.createQuery("select o from Organisation o where o.rorId = :ror",
                    Organisation.class).setParameter("ror", ror).getResultStream().findFirst();
            if (known.isPresent()) {
                return known.get();
            }
        }
        Country country = Optional.ofNullable(em.find(Country.class, newOrganisation.countryCode()))
                .orElseThrow(() -> new RuleViolation("rule.proposal.unknownCountry", newOrganisation.countryCode()));
        String name = newOrganisation.name().strip();
        Optional<Organisation> sameName = em.createQuery("""
                        select o from Organisation o where lower(o.name) = :name and o.country = :country""",
                        Organisation.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .setParameter("country", country)
                .getResultStream().findFirst();
        if (sameName.isPresent()) {
            return sameName.get();
        }
        Organisation organisation = new Organisation(name, country, newOrganisation.type());
        organisation.describe(name, country, newOrganisation.type(), null, ror);
        em.persist(organisation);
        return organisation;
    }
}
