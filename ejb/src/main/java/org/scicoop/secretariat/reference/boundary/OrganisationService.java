package org.scicoop.secretariat.reference.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.control.PagedQuery;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.control.OrganisationReferences;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.Organisation;
import org.scicoop.secretariat.reference.entity.OrganisationMerge;
import org.scicoop.secretariat.reference.entity.OrganisationType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Administrators keep the organisations (there may be thousands: the list is paged in the database),
 * with a unique, checksum-verified ROR id, and merge duplicates. Every change is audited.
 */
@Stateless
public class OrganisationService {

    private static final PagedQuery<Organisation> ORGANISATIONS = PagedQuery.of(Organisation.class, "o",
                    "o.name, o.id")
            .sortable("name", "o.name")
            .sortable("country", "o.country.code")
            .sortable("type", "o.type")
            .sortable("city", "o.city")
            .sortable("rorId", "o.rorId")
            .filterable("name", "o.name", PagedQuery.Match.CONTAINS)
            .filterable("country", "o.country.code = :value", text -> text.trim().toUpperCase(Locale.ROOT))
            .filterable("type", "o.type = :value", OrganisationService::type);

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationReferences references;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @RolesAllowed(Roles.ADMIN)
    public Page<OrganisationRow> list(@NotNull PageRequest request) {
        return ORGANISATIONS.fetch(em, request, OrganisationService::row);
    }

    @RolesAllowed(Roles.ADMIN)
    public OrganisationRow get(@NotNull Long id) {
        return row(existing(id));
    }

    @RolesAllowed(Roles.ADMIN)
    public OrganisationRow create(@NotNull @Valid OrganisationCommand command) {
        Country country = country(command.countryCode());
        Organisation organisation = new Organisation(command.name().trim(), country, command.type());
        organisation.describe(command.name(), country, command.type(), command.city(), command.rorId());
        requireUniqueRor(organisation, null);
        em.persist(organisation);
        em.flush();
        return row(organisation);
    }

    /** Changes an organisation read at {@code expectedVersion}; a concurrent save is refused. */
    @RolesAllowed(Roles.ADMIN)
    public OrganisationRow update(@NotNull Long id, long expectedVersion, @NotNull @Valid OrganisationCommand command) {
        Organisation organisation = existing(id);
        Versioned.require("organisation " + id, expectedVersion, organisation.getVersion());
        organisation.describe(command.name(), country(command.countryCode()), command.type(), command.city(),
                command.rorId());
        requireUniqueRor(organisation, id);
        Versioned.flush(em, "organisation " + id, expectedVersion);
        return row(organisation);
    }

    /**
     * Merges {@code duplicateIds} into {@code keptId}: every reference to a duplicate moves to the kept
     * organisation ({@link OrganisationReferences} knows them all), the duplicate is deleted (Envers
     * keeps its last state) and an {@link OrganisationMerge} records who merged what into what. All
     * or nothing: one transaction.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<MergeView> merge(@NotNull Long keptId, @NotEmpty List<Long> duplicateIds) {
        Organisation kept = existing(keptId);
        Set<Long> duplicates = new LinkedHashSet<>(duplicateIds);
        RuleViolation.require(!duplicates.contains(keptId), "rule.organisation.mergeIntoItself", kept.getName());
        String admin = caller.username();
        List<MergeView> merges = new ArrayList<>();
        for (Long duplicateId : duplicates) {
            Organisation duplicate = existing(duplicateId);
            int moved = references.repoint(duplicate, kept);
            OrganisationMerge merge = new OrganisationMerge(kept, duplicate, moved, admin, clock.instant());
            em.persist(merge);
            em.remove(duplicate);
            merges.add(view(merge));
        }
        em.flush();
        return merges;
    }

    /**
     * How many records refer to each of these organisations (what a merge would move), by id; an id no
     * longer known is left out.
     */
    @RolesAllowed(Roles.ADMIN)
    public Map<Long, Long> references(@NotNull Set<@NotNull Long> ids) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (Long id : ids) {
            Organisation organisation = em.find(Organisation.class, id);
            if (organisation != null) {
                counts.put(id, references.count(organisation));
            }
        }
        return counts;
    }

    /** The latest merges, newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<MergeView> merges() {
        return em.createQuery("select m from OrganisationMerge m order by m.mergedAt desc, m.id desc",
                        OrganisationMerge.class)
                .setMaxResults(50)
                .getResultList().stream().map(OrganisationService::view).toList();
    }

    private void requireUniqueRor(Organisation organisation, Long id) {
        if (organisation.getRorId() == null) {
            return;
        }
        em.createQuery("select o from Organisation o where o.rorId = :ror and o.id <> :id", Organisation.class)
                .setParameter("ror", organisation.getRorId())
                .setParameter("id", id == null ? -1L : id)
                .setFlushMode(FlushModeType.COMMIT) // the change being checked must not reach the database first
                .getResultStream().findFirst()
                .ifPresent(holder -> {
                    throw new RuleViolation("rule.organisation.rorTaken", organisation.getRorId(), holder.getName());
                });
    }

    private Country country(String code) {
        Country country = em.find(Country.class, code.trim().toUpperCase(Locale.ROOT));
        RuleViolation.require(country != null, "rule.reference.unknownCountry", code);
        return country;
    }

    private Organisation existing(Long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFound("organisation " + id);
        }
        return organisation;
    }

    private static OrganisationRow row(Organisation o) {
        return new OrganisationRow(o.getId(), o.getName(), o.getCountry().getCode(), o.getType(), o.getCity(),
                o.getRorId(), o.getVersion());
    }

    private static MergeView view(OrganisationMerge m) {
        return new MergeView(m.getKeptId(), m.getKeptName(), m.getMergedId(), m.getMergedName(), m.getMergedRorId(),
                m.getReferencesMoved(), m.getMergedBy(), m.getMergedAt());
    }

    private static Object type(String text) {
        return BadInput.oneOf("type", OrganisationType.class, text);
    }
}
