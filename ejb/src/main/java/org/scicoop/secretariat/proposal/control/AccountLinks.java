package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.person.entity.Person;
import org.scicoop.secretariat.platform.control.SecurityLog;
import org.scicoop.secretariat.proposal.boundary.AccountLinkView;
import org.scicoop.secretariat.proposal.entity.AccountLink;
import org.scicoop.secretariat.proposal.entity.AccountLinkOutcome;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The record of every account linked to a partner, refused, or unlinked ({@link AccountLink}): written when an
 * invitation is answered and whenever an edit lets a linked account go, read as the proposal's account history.
 * A refusal is also a security event in the log, for the secretariat to look at.
 */
@Dependent
public class AccountLinks {

    @PersistenceContext
    EntityManager em;

    /** How many invitations the coordinator sent since then (the per-coordinator limit). */
    public long invitationsSince(String coordinator, Instant since) {
        return em.createNamedQuery(AccountLink.INVITATIONS_SINCE, Long.class)
                .setParameter("coordinator", coordinator)
                .setParameter("since", since)
                .setParameter("unlinked", AccountLinkOutcome.UNLINKED)
                .getSingleResult();
    }

    /** Applies the identity provider's answer to an invitation of the partner's investigator, and records it. */
    public void invited(Partner partner, MemberAccounts.Answer answer, String actor, Instant at) {
        String before = partner.getMember();
        if (answer.linked()) {
            partner.linkMember(answer.account(), at);
        } else {
            partner.invitedWithoutAccount(at);
        }
        if (before != null && !before.equals(answer.account())) {
            em.persist(AccountLink.unlinked(partner, partner.getPiEmail(), before, actor, at));
        }
        em.persist(AccountLink.invitation(partner, answer.outcome(), answer.account(), answer.holder(), actor, at));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("proposal", partner.getProposal().getId());
        details.put("partner", partner.getId());
        details.put("email", partner.getPiEmail());
        if (answer.linked()) {
            details.put("account", answer.account());
            details.put("outcome", answer.outcome());
            SecurityLog.info("invitation.linked", actor, details);
        } else {
            details.put("holder", answer.holder());
            details.put("reason", answer.outcome());
            SecurityLog.warning("invitation.refused", actor, details);
        }
    }

    /** Who is linked to which partner now: take it before an edit, give it to {@link #recordUnlinks} after. */
    public Map<Long, Linked> linked(Proposal proposal) {
        Map<Long, Linked> linked = new HashMap<>();
        for (Partner partner : proposal.getPartners()) {
            if (partner.getMember() != null && !partner.isCoordinating()) {
                linked.put(partner.getId(), new Linked(partner, partner.getMember(), partner.getPiEmail()));
            }
        }
        return linked;
    }

    /** Records each account an edit let go: its partner was removed, or the partner's address changed. */
    public void recordUnlinks(Proposal proposal, Map<Long, Linked> before, String actor, Instant at) {
        Set<Partner> now = Set.copyOf(proposal.getPartners());
        for (Linked was : before.values()) {
            if (!now.contains(was.partner()) || !Objects.equals(was.partner().getMember(), was.account())) {
                em.persist(AccountLink.unlinked(was.partner(), was.email(), was.account(), actor, at));
            }
        }
    }

    /** The proposal's account history, oldest first; {@code secretariat} readers see outcomes and refused holders. */
    public List<AccountLinkView> of(Proposal proposal, boolean secretariat) {
        List<AccountLink> links = em.createNamedQuery(AccountLink.OF_PROPOSAL, AccountLink.class)
                .setParameter("proposal", proposal.getId())
                .getResultList();
        Map<String, String> names = names(links.stream().flatMap(l -> Stream.of(l.getActor(), l.getAccount()))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return links.stream().map(l -> new AccountLinkView(l.getHappenedAt(), l.getActor(),
                        names.getOrDefault(l.getActor(), l.getActor()), l.getPartnerId(), l.getOrganisationName(),
                        l.getEmail(), l.getAccount(), l.getAccount() == null ? null
                        : names.getOrDefault(l.getAccount(), l.getAccount()),
                        AccountLinkView.Result.of(l.getOutcome()), secretariat ? l.getOutcome() : null,
                        secretariat ? l.getHolder() : null))
                .toList();
    }

    private Map<String, String> names(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Person p where p.username in :names", Person.class)
                .setParameter("names", usernames)
                .getResultStream()
                .collect(Collectors.toMap(Person::getUsername, Person::getDisplayName, (a, b) -> a));
    }

    /** A partner's linked account and address, as they were before an edit. */
    public record Linked(Partner partner, String account, String email) { }
}
