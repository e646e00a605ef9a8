package org.scicoop.secretariat.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.evaluation.entity.Assignment;
import org.scicoop.secretariat.evaluation.entity.Award;
import org.scicoop.secretariat.evaluation.entity.CommonPot;
import org.scicoop.secretariat.evaluation.entity.Consensus;
import org.scicoop.secretariat.evaluation.entity.Declaration;
import org.scicoop.secretariat.evaluation.entity.DecisionLine;
import org.scicoop.secretariat.evaluation.entity.Evaluation;
import org.scicoop.secretariat.evaluation.entity.Expert;
import org.scicoop.secretariat.evaluation.entity.FundingDecision;
import org.scicoop.secretariat.evaluation.entity.NationalCheck;
import org.scicoop.secretariat.evaluation.entity.PaidBy;
import org.scicoop.secretariat.evaluation.entity.Ranking;
import org.scicoop.secretariat.evaluation.entity.ReviewScore;
import org.scicoop.secretariat.evaluation.entity.ReviewStatus;
import org.scicoop.secretariat.evaluation.entity.TopUp;
import org.scicoop.secretariat.platform.schema.SchemaMigration;
import org.scicoop.secretariat.proposal.entity.Eligibility;
import org.scicoop.secretariat.proposal.entity.FundingSource;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.reference.entity.ExchangeRate;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.persistence.PersistenceSchemaTest.count;
import static org.scicoop.secretariat.persistence.PersistenceSchemaTest.entityManagerFactory;

/**
 * The demo data of the evaluation (R__demo_4_evaluation.sql), on H2 and PostgreSQL: the decided call's recorded
 * decision is exactly what the common pot computes from the call's data, the call in evaluation shows reviews partly
 * in and a declared conflict, and the demo data can be loaded again without changing anything.
 */
class DemoEvaluationDataTest {

    private static final String DECIDED = "STI-2024-BIOD-01";
    private static final String IN_EVALUATION = "STI-2025-WATR-01";
    private static final Currency EUR = Currency.getInstance("EUR");

    /** A decision line as compared: rank, proposal, outcome, reason and gaps. */
    record LineRow(int rank, long proposalId, CommonPot.Outcome outcome, CommonPot.Reason reason, List<GapRow> gaps) {
    }

    /** A gap as compared: the blocked payer (null: the common fund), its currency, needed and available. */
    record GapRow(Long agencyId, String currency, BigDecimal needed, BigDecimal available) {
    }

    /** An award as compared: proposal, partner, payer (null: the common fund), currency and amount. */
    record AwardRow(long proposalId, long partnerId, Long agencyId, String currency, BigDecimal amount) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theRecordedDecisionIsWhatTheCommonPotComputes(TestDatabase database) {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());

        try (EntityManagerFactory emf = entityManagerFactory(dataSource, "none")) {
            EntityManager em = emf.createEntityManager();
            Call call = call(em, DECIDED);
            assertThat(call.getStatus()).isEqualTo(CallStatus.DECIDED);
            Evaluation evaluation = evaluation(em, call);
            assertThat(evaluation.getConsensusStartedAt()).isNotNull();
            FundingDecision decision = em.createQuery("select d from FundingDecision d where d.call = :call",
                    FundingDecision.class).setParameter("call", call).getSingleResult();
            assertThat(decision.getThreshold()).isEqualByComparingTo(evaluation.getTotalThreshold());
            assertThat(decision.getCommonFundEur()).isEqualByComparingTo(call.getCommonFundEur());
            assertThat(decision.getLines()).extracting(DecisionLine::getOverrideReason).containsOnlyNulls();

            CommonPot.Input input = input(em, call, evaluation, decision.getRatesOn());
            CommonPot.Result result = CommonPot.allocate(input);

            assertThat(recordedLines(decision)).containsExactlyElementsOf(computedLines(result));
            assertThat(recordedAwards(decision)).containsExactlyElementsOf(computedAwards(result));

            // What the demo is there to show.
            assertThat(result.lines()).extracting(CommonPot.Line::reason).contains(CommonPot.Reason.FUNDING_GAP,
                    CommonPot.Reason.BELOW_THRESHOLD, CommonPot.Reason.NATIONALLY_INELIGIBLE);
            assertThat(result.lines(CommonPot.Outcome.RESERVE)).isNotEmpty();
            assertThat(result.lines(CommonPot.Outcome.RESERVE)).flatExtracting(CommonPot.Line::gaps)
                    .as("an agency ran out").anyMatch(gap -> !gap.payer().isCommonFund());
            Map<Long, Partner> partners = partners(proposals(em, call));
            assertThat(decision.getAwards()).as("a developing-country partner of an agency funded by the common fund")
                    .anyMatch(award -> award.getPaidBy().isCommonFund()
                            && award.getPaidBy().getCurrency().equals(EUR)
                            && award.getPartner().getSource() == FundingSource.AGENCY
                            && award.getPartner().getCountry().isDeveloping());
            assertThat(input.budgets()).as("a top-up counts").anyMatch(budget -> call.getCommitments().stream()
                    .noneMatch(c -> c.getAgency().getId() == budget.agencyId()
                            && c.getAmount().compareTo(budget.amount()) == 0));
            for (DecisionLine line : decision.getLines()) {
                assertThat(line.getProposal().getStatus()).as(line.getProposal().getAcronym())
                        .isEqualTo(ProposalStatus.valueOf(line.getOutcome().name()));
            }
            assertThat(partners.values()).extracting(Partner::getId).containsAll(
                    decision.getAwards().stream().map(a -> a.getPartner().getId()).toList());
            assertThat(em.createQuery("select a from Assignment a where a.evaluation = :evaluation", Assignment.class)
                    .setParameter("evaluation", evaluation).getResultList())
                    .isNotEmpty().allMatch(a -> a.getStatus() == ReviewStatus.SUBMITTED);
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCallInEvaluationHasReviewsPartlyInAndADeclaredConflict(TestDatabase database) {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());

        try (EntityManagerFactory emf = entityManagerFactory(dataSource, "none")) {
            EntityManager em = emf.createEntityManager();
            Call call = call(em, IN_EVALUATION);
            assertThat(call.getStatus()).isEqualTo(CallStatus.IN_EVALUATION);
            Evaluation evaluation = evaluation(em, call);
            assertThat(evaluation.getConsensusStartedAt()).isNull();
            assertThat(evaluation.getCriteria()).extracting(c -> c.getCode())
                    .containsExactly("EXCELLENCE", "IMPACT", "IMPLEMENTATION");
            List<Assignment> assignments = em.createQuery("select a from Assignment a where a.evaluation = :evaluation"
                    + " order by a.id", Assignment.class).setParameter("evaluation", evaluation).getResultList();

            assertThat(assignments).filteredOn(a -> a.getDeclaration() == Declaration.CONFLICT).singleElement()
                    .satisfies(a -> assertThat(a.getConflictReason()).isNotBlank());
            assertThat(assignments).filteredOn(a -> a.getStatus() == ReviewStatus.SUBMITTED).isNotEmpty()
                    .allSatisfy(a -> {
                        assertThat(a.submittedScores()).hasValueSatisfying(s -> assertThat(s).hasSize(3));
                        assertThat(a.getScores()).extracting(ReviewScore::getComment).doesNotContainNull();
                    });
            assertThat(assignments).anyMatch(a -> a.getStatus() == ReviewStatus.DRAFT);
            assertThat(assignments).anyMatch(a -> a.getDeclaration() == Declaration.PENDING);

            List<Proposal> proposals = em.createQuery("select p from Proposal p where p.call = :call order by p.id",
                    Proposal.class).setParameter("call", call).getResultList();
            assertThat(proposals).extracting(Proposal::getStatus).containsOnly(ProposalStatus.IN_EVALUATION,
                    ProposalStatus.INELIGIBLE);
            Map<String, Expert> experts = em.createQuery("select e from Expert e", Expert.class).getResultList()
                    .stream().collect(Collectors.toMap(Expert::getUsername, Function.identity()));
            for (Assignment assignment : assignments) {
                Proposal proposal = assignment.getProposal();
                Expert expert = experts.get(assignment.getReviewer());
                assertThat(expert).as(assignment.getReviewer()).isNotNull();
                assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.IN_EVALUATION);
                assertThat(proposal.getPartners()).as("no reviewer of a partner's organisation")
                        .noneMatch(p -> p.getOrganisation().getId().equals(expert.getOrganisation().getId()));
                assertThat(proposal.coordinatingPartner().getCountry().getCode()).as("another country")
                        .isNotEqualTo(expert.getCountry().getCode());
            }
            List<Call> demoCalls = em.createQuery("select c from Call c", Call.class).getResultList();
            Set<ThematicArea> covered = experts.values().stream().flatMap(e -> e.getExpertise().stream())
                    .collect(Collectors.toSet());
            assertThat(covered).as("the pool covers every call's themes")
                    .containsAll(demoCalls.stream().flatMap(c -> c.getThemes().stream()).toList());
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theEvaluatedAndDecidedDemoProposalsMeetTheirCallsRules(TestDatabase database) {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());

        try (EntityManagerFactory emf = entityManagerFactory(dataSource, "none")) {
            EntityManager em = emf.createEntityManager();
            List<Proposal> proposals = em.createQuery("select p from Proposal p where p.call.code in :codes",
                    Proposal.class).setParameter("codes", List.of(DECIDED, IN_EVALUATION)).getResultList();
            assertThat(proposals).hasSize(11);
            for (Proposal proposal : proposals) {
                if (proposal.getStatus() == ProposalStatus.INELIGIBLE) {
                    assertThat(Eligibility.rules(proposal)).as(proposal.getAcronym()).isNotEmpty();
                } else {
                    assertThat(Eligibility.rules(proposal)).as(proposal.getAcronym()).isEmpty();
                    assertThat(proposal.getPartners()).anyMatch(p -> p.getCountry().isDeveloping());
                }
            }
            assertThat(em.createQuery("select count(s) from ProposalSubmission s where s.proposal in :proposals",
                    Long.class).setParameter("proposals", proposals).getSingleResult()).isEqualTo(11L);
            em.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoDataLoadedAgainChangesNothing(TestDatabase database) throws SQLException {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());
        List<String> tables = List.of("expert", "expert_theme", "funding_call", "funding_call_theme", "call_commitment",
                "exchange_rate", "proposal", "proposal_partner", "proposal_milestone", "proposal_submission",
                "evaluation", "evaluation_criterion", "review_assignment", "review_score", "consensus",
                "consensus_score", "national_check", "national_top_up", "funding_decision", "decision_line",
                "decision_gap", "award", "project", "project_grant", "project_milestone", "milestone_report",
                "report_output");
        Map<String, Integer> before = counts(dataSource, tables);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            // as if the demo files had changed: Flyway runs every repeatable demo migration again
            assertThat(statement.executeUpdate("update \"flyway_schema_history\" set \"checksum\" = 0"
                    + " where \"script\" like 'R\\_\\_demo\\_%'")).isEqualTo(5);
        }

        var again = SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());

        assertThat(again.migrationsExecuted).isEqualTo(5);
        assertThat(counts(dataSource, tables)).isEqualTo(before);
        assertThat(before.get("review_assignment")).isPositive();
        assertThat(before.get("award")).isPositive();
    }

    private static Map<String, Integer> counts(DataSource dataSource, List<String> tables) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, count(dataSource, table));
        }
        return counts;
    }

    private static Call call(EntityManager em, String code) {
        return em.createNamedQuery(Call.BY_CODE, Call.class).setParameter("code", code).getSingleResult();
    }

    private static Evaluation evaluation(EntityManager em, Call call) {
        return em.createQuery("select e from Evaluation e where e.call = :call", Evaluation.class)
                .setParameter("call", call).getSingleResult();
    }

    private static List<Proposal> proposals(EntityManager em, Call call) {
        return em.createQuery("select p from Proposal p where p.call = :call and p.status in :statuses order by p.id",
                        Proposal.class).setParameter("call", call)
                .setParameter("statuses", List.of(ProposalStatus.IN_EVALUATION, ProposalStatus.FUNDED,
                        ProposalStatus.RESERVE, ProposalStatus.NOT_FUNDED))
                .getResultList();
    }

    private static Map<Long, Partner> partners(List<Proposal> proposals) {
        return proposals.stream().flatMap(p -> p.getPartners().stream())
                .collect(Collectors.toMap(Partner::getId, Function.identity()));
    }

    /**
     * The common pot's input as the officer's "decide" builds it (Evaluations.input in the ejb module): the ranking
     * of the consensus, each criterion's threshold, the national checks (an unchecked partner counts as eligible),
     * the commitments with the top-ups, the common fund, and the rates in force on {@code ratesOn}.
     */
    private static CommonPot.Input input(EntityManager em, Call call, Evaluation evaluation, LocalDate ratesOn) {
        List<Proposal> proposals = proposals(em, call);
        Map<Long, Proposal> byId = proposals.stream().collect(Collectors.toMap(Proposal::getId, Function.identity()));
        Map<Long, Consensus> consensus = em.createQuery("select c from Consensus c where c.evaluation = :evaluation",
                        Consensus.class).setParameter("evaluation", evaluation).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getProposal().getId(), Function.identity()));
        Map<Long, NationalCheck> checks = em.createQuery("select n from NationalCheck n"
                        + " where n.partner.proposal.call = :call", NationalCheck.class).setParameter("call", call)
                .getResultList().stream().collect(Collectors.toMap(n -> n.getPartner().getId(), Function.identity()));
        List<TopUp> topUps = em.createQuery("select t from TopUp t where t.call = :call", TopUp.class)
                .setParameter("call", call).getResultList();

        List<Ranking.Scored> scored = new ArrayList<>();
        for (Proposal proposal : proposals) {
            Consensus set = consensus.get(proposal.getId());
            if (set != null) {
                int developing = (int) proposal.getPartners().stream().filter(p -> p.getCountry().isDeveloping()).count();
                scored.add(set.scored(developing));
            }
        }
        List<CommonPot.Candidate> candidates = new ArrayList<>();
        for (Ranking.Scored one : Ranking.rank(scored)) {
            Proposal proposal = byId.get(one.proposalId());
            Consensus set = consensus.get(one.proposalId());
            boolean criteriaMet = true;
            for (int i = 0; i < set.getScores().size(); i++) {
                criteriaMet &= set.getScores().get(i).compareTo(evaluation.getCriteria().get(i).getThreshold()) >= 0;
            }
            boolean eligible = proposal.getPartners().stream().map(p -> checks.get(p.getId()))
                    .allMatch(check -> check == null || check.isEligible());
            candidates.add(CommonPot.candidate(proposal, set.total(), criteriaMet, eligible));
        }

        Map<Long, BigDecimal> extra = new HashMap<>();
        topUps.forEach(t -> extra.merge(t.getAgency().getId(), t.getAmount(), BigDecimal::add));
        List<CommonPot.Budget> budgets = CommonPot.budgets(call).stream()
                .map(b -> new CommonPot.Budget(b.agencyId(), b.currency(),
                        b.amount().add(extra.getOrDefault(b.agencyId(), BigDecimal.ZERO))))
                .toList();

        List<ExchangeRate> rates = em.createQuery("select r from ExchangeRate r", ExchangeRate.class).getResultList();
        Map<Currency, BigDecimal> eurPerUnit = new HashMap<>();
        for (CommonPot.Budget budget : budgets) {
            Currency currency = budget.currency();
            if (currency.equals(EUR)) {
                eurPerUnit.put(currency, BigDecimal.ONE);
            } else {
                ExchangeRate inForce = rates.stream()
                        .filter(r -> r.getCurrency().equals(currency) && !r.getValidOn().isAfter(ratesOn))
                        .max(Comparator.comparing(ExchangeRate::getValidOn))
                        .orElseThrow(() -> new AssertionError("no rate for " + currency + " on " + ratesOn));
                eurPerUnit.put(currency, inForce.getEurPerUnit());
            }
        }
        return new CommonPot.Input(candidates, budgets, call.getCommonFundEur(), evaluation.getTotalThreshold(),
                eurPerUnit, List.of());
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Long agencyId(PaidBy paidBy) {
        return paidBy.isCommonFund() ? null : paidBy.getAgency().getId();
    }

    private static List<LineRow> recordedLines(FundingDecision decision) {
        return decision.getLines().stream().map(line -> new LineRow(line.getRank(), line.getProposal().getId(),
                        line.getOutcome(), line.getReason(), line.getGaps().stream()
                        .map(gap -> new GapRow(agencyId(gap.getPayer()), gap.getPayer().getCurrency().getCurrencyCode(),
                                money(gap.getNeeded()), money(gap.getAvailable())))
                        .toList()))
                .toList();
    }

    private static List<LineRow> computedLines(CommonPot.Result result) {
        return result.lines().stream().map(line -> new LineRow(line.rank(), line.proposalId(), line.outcome(),
                        line.reason(), line.gaps().stream()
                        .map(gap -> new GapRow(gap.payer().agencyId(), gap.currency().getCurrencyCode(),
                                money(gap.needed()), money(gap.available())))
                        .toList()))
                .toList();
    }

    private static List<AwardRow> recordedAwards(FundingDecision decision) {
        List<AwardRow> rows = new ArrayList<>();
        for (Award award : decision.getAwards()) {
            rows.add(new AwardRow(award.getProposal().getId(), award.getPartner().getId(), agencyId(award.getPaidBy()),
                    award.getPaidBy().getCurrency().getCurrencyCode(), money(award.getAmount())));
        }
        return rows;
    }

    private static List<AwardRow> computedAwards(CommonPot.Result result) {
        return result.lines(CommonPot.Outcome.FUNDED).stream()
                .flatMap(line -> line.grants().stream().map(grant -> new AwardRow(line.proposalId(), grant.partnerId(),
                        grant.payer().agencyId(), grant.currency().getCurrencyCode(), money(grant.amount()))))
                .toList();
    }
}
