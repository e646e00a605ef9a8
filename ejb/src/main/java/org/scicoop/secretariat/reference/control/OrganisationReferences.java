package org.scicoop.secretariat.reference.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.reference.entity.Organisation;
import org.scicoop.secretariat.reference.entity.OrganisationReferencing;

import java.util.List;

/**
 * The one place that knows what refers to an organisation, for merging duplicates: every reference
 * to the duplicate is moved to the organisation kept before the duplicate is deleted.
 *
 * <p>The list of references, by entity and attribute (table and column):
 * <ul>
 *   <li>{@code Partner.organisation} (table {@code proposal_partner}, column {@code organisation_id}):
 *       a proposal's partners; {@code Partner} implements {@link OrganisationReferencing}.</li>
 * </ul>
 * Not listed, on purpose: {@code person.organisation} is the free text of the person's
 * {@code organisation} claim, which Keycloak owns; the application never edits identities.
 *
 * <p>Referencing rows are loaded and changed one by one (not by a bulk update) so that Envers records
 * each change with the administrator's name. A reference that is not listed here makes the deletion
 * fail on its foreign key, and the whole merge rolls back: nothing is half-merged.
 */
@Dependent
public class OrganisationReferences {

    /** An entity (its JPQL name) whose {@code attribute} refers to an {@link Organisation}. */
    public record Reference(String entity, String attribute) {
    }

    public static final List<Reference> REFERENCES = List.of(new Reference("Partner", "organisation"));

    @PersistenceContext
    EntityManager em;

    /** How many rows refer to {@code organisation}: what a merge of it would move. */
    public long count(Organisation organisation) {
        long count = 0;
        for (Reference reference : REFERENCES) {
            count += em.createQuery("select count(e) from " + reference.entity() + " e where e."
                            + reference.attribute() + " = :organisation", Long.class)
                    .setParameter("organisation", organisation)
                    .getSingleResult();
        }
        return count;
    }

    /** Re-points every reference to {@code duplicate} at {@code kept}; returns how many rows moved. */
    public int repoint(Organisation duplicate, Organisation kept) {
        int moved = 0;
        for (Reference reference : REFERENCES) {
            List<?> rows = em.createQuery("select e from " + reference.entity() + " e where e."
                            + reference.attribute() + " = :duplicate")
                    .setParameter("duplicate", duplicate)
                    .getResultList();
            for (Object row : rows) {
                ((OrganisationReferencing) row).replaceOrganisation(duplicate, kept);
                moved++;
            }
        }
        return moved;
    }
}
