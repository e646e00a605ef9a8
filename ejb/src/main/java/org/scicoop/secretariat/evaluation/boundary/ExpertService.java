package org.scicoop.secretariat.evaluation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.evaluation.entity.Expert;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.control.SecurityLog;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.platform.rules.EmailAddress;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.control.MemberAccounts;
import org.scicoop.secretariat.proposal.control.ProposalMail;
import org.scicoop.secretariat.proposal.entity.AccountLinkOutcome;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.Organisation;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reviewer pool (issue 13, item 3): officers invite experts by e-mail or record existing reviewers (an account
 * with Keycloak's reviewer role, where they work, their country, what they review) and correct them; administrators
 * read; a reviewer keeps their own expertise. The board's "suggest" reads the pool.
 */
@Stateless
public class ExpertService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    MemberAccounts accounts;

    @Inject
    Callers callers;

    @Inject
    Event<ProposalMail.ExpertInvited> invited;

    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    public List<ExpertView> list() {
        List<Expert> experts = em.createQuery("select e from Expert e order by e.displayName, e.username", Expert.class)
                .getResultList();
        Set<String> active = callers.names(experts.stream().map(Expert::getUsername).toList()).keySet();
        return experts.stream().map(e -> view(e, active.contains(e.getUsername()))).toList();
    }

    /**
     * Invites an expert by e-mail, as coordinators invite co-applicants ({@link MemberAccounts#ensureAccount} of
     * kind {@link MemberAccounts.Kind#EXPERT}): a verified reviewer's account is linked, an earlier invitation's unused
     * account gets its set-password e-mail again, no account: one is created that holds only the reviewer role, with
     * Keycloak's set-password e-mail. Any other holder of the address (unverified, or not a reviewer) is refused, at
     * the field {@code /email}, and logged as a security event; nothing is recorded. The expert enters the pool
     * linked to the account's username and gets the programme's invitation in their language. The same address
     * again changes nothing in the pool (the expert it already has is answered) and sends the e-mails again.
     */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ExpertInvited invite(@NotNull @Valid ExpertInvitation invitation) {
        String officer = caller.username();
        String email = EmailAddress.normalise(invitation.email());
        RuleViolation.require(email != null, "rule.expert.emailNeeded");
        Organisation organisation = organisation(invitation.organisationId());
        Country country = country(invitation.country());
        Collection<ThematicArea> themes = themes(invitation.expertise());
        MemberAccounts.Answer answer = accounts.ensureAccount(MemberAccounts.Kind.EXPERT,
                MemberAccounts.Invitee.named(email, invitation.name(), country.getCode(), invitation.language()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("email", email);
        details.put("outcome", answer.outcome());
        if (!answer.linked()) {
            details.put("holder", answer.holder());
            SecurityLog.warning("expert.invitation.refused", officer, details);
            throw new RuleViolation(answer.outcome() == AccountLinkOutcome.REFUSED_NOT_MEMBER
                    ? "rule.expert.invitation.notReviewer" : "rule.expert.invitation.unverified", email).at("/email");
        }
        Optional<Expert> known = byUsername(answer.account());
        Expert expert = known.orElseGet(() -> {
            Expert added = Expert.of(answer.account(), invitation.name(), email, organisation, country, themes, officer,
                    clock.instant());
            em.persist(added);
            em.flush();
            return added;
        });
        details.put("account", answer.account());
        details.put("expert", expert.getId());
        details.put("added", known.isEmpty());
        SecurityLog.info("expert.invited", officer, details);
        Map<String, String> names = callers.names(List.of(officer, expert.getUsername()));
        invited.fire(new ProposalMail.ExpertInvited(email, invitation.language(), names.getOrDefault(officer, officer),
                Settings.appUrl(), answer.outcome() != AccountLinkOutcome.EXISTING_ACCOUNT));
        return new ExpertInvited(view(expert, names.containsKey(expert.getUsername())), known.isEmpty(),
                answer.outcome());
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
        return view(expert, active(expert));
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
        return view(expert, active(expert));
    }

    /** The caller's own record in the pool (reviewers); 404 when they are not in it. */
    @RolesAllowed(Roles.REVIEWER)
    public ExpertView mine() {
        return view(own(), true);
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
        return view(expert, true);
    }

    private Expert own() {
        String me = caller.username();
        return byUsername(me).orElseThrow(() -> new NotFound("expert " + me));
    }

    private Optional<Expert> byUsername(String username) {
        return em.createNamedQuery(Expert.BY_USERNAME, Expert.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private boolean active(Expert expert) {
        return callers.names(List.of(expert.getUsername())).containsKey(expert.getUsername());
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

    static ExpertView view(Expert e, boolean active) {
        return new ExpertView(e.getId(), e.getUsername(), e.getDisplayName(), e.getEmail(),
                e.getOrganisation() == null ? null : e.getOrganisation().getId(),
                e.getOrganisation() == null ? null : e.getOrganisation().getName(), e.getCountry().getCode(),
                e.getExpertise().stream().map(ThematicArea::getCode).sorted().toList(), active, e.getVersion());
    }
}
