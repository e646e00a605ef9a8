package org.scicoop.secretariat.evaluation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.evaluation.entity.Expert;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.Organisation;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reviewer pool (issue 13, item 3): officers record experts (an account with Keycloak's reviewer role, where
 * they work, their country, what they review) and correct them; administrators read; a reviewer keeps their own
 * expertise. The board's "suggest" reads the pool.
 */
@Stateless
public class ExpertService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    public List<ExpertView> list() {
        return em.createQuery("select e from Expert e order by e.displayName, e.username", Expert.class)
                .getResultList().stream().map(ExpertService::view).toList();
    }

    /** A new expert of the pool; the username is the account's (once), its e-mail what Keycloak holds. */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ExpertView add(@NotNull @Valid ExpertCommand command) {
        RuleViolation.require(em.createNamedQuery(Expert.BY_USERNAME, Expert.class)
                .setParameter("username", command.username().trim()).getResultList().isEmpty(),
                "rule.expert.usernameTaken", command.username().trim());
        Expert expert = Expert.of(command.username().trim(), command.name(), command.email(),
                organisation(command.organisationId()), country(command.country()), themes(command.expertise()),
                caller.username(), clock.instant());
        em.persist(expert);
        em.flush();
        return view(expert);
    }

    /** Corrects an expert read at {@code expectedVersion} (the username stays). */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ExpertView describe(long id, long expectedVersion, @NotNull @Valid ExpertCommand command) {
        Expert expert = em.find(Expert.class, id);
        if (expert == null) {
            throw new NotFound("expert " + id);
        }
        Versioned.require("expert " + id, expectedVersion, expert.getVersion());
        expert.describe(command.name(), command.email(), organisation(command.organisationId()),
                country(command.country()), themes(command.expertise()));
        Versioned.flushAggregate(em, expert, "expert " + id, expectedVersion);
        return view(expert);
    }

    /** The caller's own record in the pool (reviewers); 404 when they are not in it. */
    @RolesAllowed(Roles.REVIEWER)
    public ExpertView mine() {
        return view(own());
    }

    /** A reviewer changes the thematic areas they review (read at {@code expectedVersion}). */
    @RolesAllowed(Roles.REVIEWER)
    public ExpertView changeExpertise(long expectedVersion,
                                      @NotNull @Size(max = Expert.MAX_THEMES) List<String> expertise) {
        Expert expert = own();
        Versioned.require("expert " + expert.getId(), expectedVersion, expert.getVersion());
        expert.describe(expert.getDisplayName(), expert.getEmail(), expert.getOrganisation(), expert.getCountry(),
                themes(expertise));
        Versioned.flushAggregate(em, expert, "expert " + expert.getId(), expectedVersion);
        return view(expert);
    }

    private Expert own() {
        String me = caller.username();
        return em.createNamedQuery(Expert.BY_USERNAME, Expert.class).setParameter("username", me)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("expert " + me));
    }

    private Organisation organisation(Long id) {
        if (id == null) {
            return null;
        }
        Organisation organisation = em.find(Organisation.class, id);
        RuleViolation.require(organisation != null, "rule.expert.unknownOrganisation", id);
        return organisation;
    }

    private Country country(String code) {
        Country country = em.find(Country.class, code);
        RuleViolation.require(country != null, "rule.reference.unknownCountry", code);
        return country;
    }

    /** The thematic areas of {@code codes} (at most {@link Expert#MAX_THEMES} reach the query); an unknown one is named. */
    private Collection<ThematicArea> themes(List<String> codes) {
        Set<String> asked = new LinkedHashSet<>(codes.stream().map(String::trim).toList());
        RuleViolation.require(asked.size() <= Expert.MAX_THEMES, "rule.expert.tooManyThemes", Expert.MAX_THEMES);
        if (asked.isEmpty()) {
            return List.of();
        }
        List<ThematicArea> themes = em.createQuery("select t from ThematicArea t where t.code in :codes",
                ThematicArea.class).setParameter("codes", asked).getResultList();
        Set<String> found = new HashSet<>(themes.stream().map(ThematicArea::getCode).toList());
        asked.stream().filter(code -> !found.contains(code)).findFirst().ifPresent(unknown -> {
            throw new RuleViolation("rule.call.unknownTheme", unknown);
        });
        return themes;
    }

    static ExpertView view(Expert e) {
        return new ExpertView(e.getId(), e.getUsername(), e.getDisplayName(), e.getEmail(),
                e.getOrganisation() == null ? null : e.getOrganisation().getId(),
                e.getOrganisation() == null ? null : e.getOrganisation().getName(), e.getCountry().getCode(),
                e.getExpertise().stream().map(ThematicArea::getCode).sorted().toList(), e.getVersion());
    }
}
