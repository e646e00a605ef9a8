package org.scicoop.secretariat.evaluation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.call.control.CallLookup;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.call.entity.Commitment;
import org.scicoop.secretariat.evaluation.control.Allocations;
import org.scicoop.secretariat.evaluation.control.Evaluations;
import org.scicoop.secretariat.evaluation.entity.CommonPot;
import org.scicoop.secretariat.evaluation.entity.NationalCheck;
import org.scicoop.secretariat.evaluation.entity.TopUp;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.boundary.WorkItem;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.proposal.control.ProposalAccess;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A national contact's part of the evaluation (PRODUCT.md, "Evaluation"): after a call's deadline, the partners from
 * their country in the call's submitted proposals, each confirmed nationally eligible or not (with the reason), and
 * their agency's budget for the call, which they may raise (a national top-up, recorded). Only their country's
 * partners and agencies; another country's partner does not exist for them.
 */
@Stateless
@RolesAllowed(Roles.NATIONAL_CONTACT)
public class SignOffService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallLookup calls;

    @Inject
    Evaluations evaluations;

    @Inject
    Allocations allocations;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** The caller's country's partners in {@code callCode} and its agencies' budgets, after the deadline. */
    public SignOffView view(@NotBlank String callCode) {
        Call call = closed(callCode);
        String country = country();
        Map<Long, NationalCheck> checks = evaluations.checks(call);
        List<SignOffView.Line> lines = new ArrayList<>();
        for (Partner partner : partners(call, country)) {
            NationalCheck check = checks.get(partner.getId());
            lines.add(new SignOffView.Line(partner.getProposal().getId(), partner.getProposal().getAcronym(),
                    partner.getProposal().getStatus(), partner.getId(), partner.getOrganisation().getName(),
                    partner.getOrganisation().getType().name(),
                    partner.getAgency() == null ? null : partner.getAgency().getAcronym(),
                    partner.getCurrency() == null ? null : partner.getCurrency().getCurrencyCode(),
                    partner.getRequested(), check == null ? null : check.isEligible(),
                    check == null ? null : check.getReason(), check == null ? null : check.getCheckedBy(),
                    check == null ? null : check.getCheckedAt()));
        }
        List<TopUp> topUps = evaluations.topUps(call);
        List<SignOffView.Budget> budgets = new ArrayList<>();
        for (Commitment commitment : call.getCommitments()) {
            FundingAgency agency = commitment.getAgency();
            if (agency.getCountry().getCode().equals(country)) {
                budgets.add(new SignOffView.Budget(agency.getId(), agency.getAcronym(),
                        agency.getCurrency().getCurrencyCode(), commitment.getAmount(),
                        topUps.stream().filter(t -> t.getAgency().getId().equals(agency.getId()))
                                .map(t -> new SignOffView.TopUpLine(t.getAmount(), t.getReason(), t.getAddedBy(),
                                        t.getAddedAt()))
                                .toList()));
            }
        }
        return new SignOffView(call.getCode(), call.getTitle(), country, lines, budgets, isOpen(call));
    }

    /** Confirms one partner of the caller's country nationally eligible, or not with the reason. */
    public SignOffView confirm(@NotBlank String callCode, long partnerId, boolean eligible,
                               @Size(max = NationalCheck.MAX_REASON) String reason) {
        Call call = closed(callCode);
        Partner partner = partners(call, country()).stream().filter(p -> p.getId() == partnerId).findFirst()
                .orElseThrow(() -> new NotFound("partner " + partnerId));
        NationalCheck check = evaluations.checks(call).get(partnerId);
        if (check == null) {
            em.persist(NationalCheck.of(partner, eligible, reason, caller.username(), clock.instant()));
        } else {
            check.confirm(eligible, reason, caller.username(), clock.instant());
        }
        em.flush();
        return view(callCode);
    }

    /**
     * Raises the budget of an agency of the caller's country for the call by {@code amount} (its currency), for
     * {@code reason}; the amount's range and the reason are the entity's rule ({@link TopUp#of}), refused at the field.
     */
    public SignOffView topUp(@NotBlank String callCode, long agencyId, @NotNull BigDecimal amount,
                             @Size(max = TopUp.MAX_REASON) String reason) {
        Call call = closed(callCode);
        FundingAgency agency = em.find(FundingAgency.class, agencyId);
        if (agency == null || !agency.getCountry().getCode().equals(country())) {
            throw new NotFound("agency " + agencyId);
        }
        em.persist(TopUp.of(call, agency, amount, reason, caller.username(), clock.instant()));
        em.flush();
        return view(callCode);
    }

    /**
     * The allocation as far as the caller's country goes: the lines of proposals with a partner from it, and its
     * agencies' budgets (the common fund's too, which developing countries' partners may draw on).
     */
    public AllocationView allocation(@NotBlank String callCode) {
        Call call = closed(callCode);
        String country = country();
        AllocationView all = allocations.current(call, evaluations.existing(call));
        Set<Long> ours = partners(call, country).stream().map(p -> p.getProposal().getId()).collect(Collectors.toSet());
        List<AllocationView.Line> lines = all.lines().stream().filter(l -> ours.contains(l.proposalId())).toList();
        List<AllocationView.Use> uses = all.uses().stream()
                .filter(u -> u.agencyId() == null || country.equals(u.country())).toList();
        return new AllocationView(all.callCode(), all.decided(), all.ratesOn(), all.threshold(), lines, uses,
                (int) lines.stream().filter(l -> l.outcome() == CommonPot.Outcome.FUNDED).count(),
                (int) lines.stream().filter(l -> l.outcome() == CommonPot.Outcome.RESERVE).count(),
                (int) lines.stream().filter(l -> l.outcome() == CommonPot.Outcome.NOT_FUNDED).count());
    }

    /**
     * The calls the caller signs off: closed or in evaluation, with submitted proposals that have a partner from the
     * caller's country; each with how many of those partners are confirmed (either way), newest deadline first.
     */
    public List<SignOffView.CallLine> calls() {
        String country = country();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Call> byCode = new HashMap<>();
        List<Object[]> rows = em.createQuery("select c, x.id, (select count(n) from NationalCheck n where n.partner = x)"
                        + " from Partner x join x.proposal p join p.call c where x.country.code = :country"
                        + " and p.status in :counting and c.status in :signing order by c.deadline desc, c.code",
                        Object[].class)
                .setParameter("country", country).setParameter("counting", List.copyOf(ProposalAccess.SUBMITTED))
                .setParameter("signing", SIGNING).getResultList();
        for (Object[] row : rows) {
            Call call = (Call) row[0];
            byCode.putIfAbsent(call.getCode(), call);
            long[] count = counts.computeIfAbsent(call.getCode(), code -> new long[2]);
            count[0]++;
            count[1] += ((Number) row[2]).longValue() > 0 ? 1 : 0;
        }
        return counts.entrySet().stream().map(e -> {
            Call call = byCode.get(e.getKey());
            return new SignOffView.CallLine(call.getCode(), call.getTitle(), call.state(clock.instant()),
                    call.getDeadline(), e.getValue()[0], e.getValue()[1]);
        }).toList();
    }

    /** The home's work: the calls with partners of the caller's country still to confirm. */
    public List<WorkItem> work() {
        if (callers.country(caller.username()).isEmpty()) {
            return List.of();
        }
        return calls().stream().filter(line -> line.confirmed() < line.partners())
                .limit(WorkItem.MAX_PER_KIND)
                .map(line -> new WorkItem("signOff.call", line.code(), line.code(), line.title(), null, line.state(),
                        line.partners() - line.confirmed()))
                .toList();
    }

    // ---------------------------------------------------------------- internals

    private static final List<CallStatus> SIGNING = List.of(CallStatus.CLOSED, CallStatus.IN_EVALUATION);

    /** A call past its deadline whose proposals the caller's country takes part in; drafts and open calls do not exist here. */
    private Call closed(String callCode) {
        Call call = calls.existing(callCode);
        if (call.getStatus() == CallStatus.DRAFT || call.getStatus() == CallStatus.OPEN
                || call.getStatus() == CallStatus.CANCELLED) {
            throw new NotFound("call " + callCode);
        }
        return call;
    }

    private static boolean isOpen(Call call) {
        return call.getStatus() == CallStatus.CLOSED || call.getStatus() == CallStatus.IN_EVALUATION;
    }

    private List<Partner> partners(Call call, String country) {
        return em.createQuery("select x from Partner x join fetch x.proposal p where p.call = :call"
                        + " and x.country.code = :country and p.status in :counting order by p.acronym, x.ordinal",
                        Partner.class)
                .setParameter("call", call).setParameter("country", country)
                .setParameter("counting", List.copyOf(ProposalAccess.SUBMITTED)).getResultList();
    }

    private String country() {
        String country = callers.country(caller.username()).orElse(null);
        RuleViolation.require(country != null, "rule.national.noCountry");
        return country;
    }

}
