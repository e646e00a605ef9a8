package org.scicoop.secretariat.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.evaluation.entity.Assignment;
import org.scicoop.secretariat.evaluation.entity.CommonPot;
import org.scicoop.secretariat.evaluation.entity.DecisionLine;
import org.scicoop.secretariat.evaluation.entity.FundingDecision;
import org.scicoop.secretariat.evaluation.entity.Consensus;
import org.scicoop.secretariat.evaluation.entity.Evaluation;
import org.scicoop.secretariat.platform.schema.SchemaMigration;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.persistence.PersistenceSchemaTest.count;
import static org.scicoop.secretariat.persistence.PersistenceSchemaTest.entityManagerFactory;
import static org.scicoop.secretariat.persistence.PersistenceSchemaTest.inTransaction;

/** An evaluation's settings, a review and a consensus are stored, read back in order and audited, on H2 and PostgreSQL. */
class EvaluationPersistenceTest {

    /** The consensus of the evaluation {@code evaluationId} (the demo data hold those of other calls). */
    private static Consensus consensusOf(EntityManager em, long evaluationId) {
        return em.createQuery("select c from Consensus c where c.evaluation.id = :evaluation", Consensus.class)
                .setParameter("evaluation", evaluationId).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private static <T> T writtenAndReadBack(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static List<BigDecimal> scores(String... values) {
        return List.of(values).stream().map(BigDecimal::new).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aReviewAndAConsensusAreStoredInTheCriteriasOrderAndAudited(TestDatabase database) throws SQLException {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());
        long[] ids = new long[3];

        try (EntityManagerFactory emf = entityManagerFactory(dataSource, "none")) {
            inTransaction(emf, em -> {
                Proposal proposal = em.createQuery("select p from Proposal p where p.status = :status order by p.id",
                        Proposal.class).setParameter("status", ProposalStatus.ELIGIBLE).setMaxResults(1).getSingleResult();
                Evaluation evaluation = Evaluation.start(proposal.getCall(), Evaluation.Settings.defaults(), "officer",
                        Instant.now());
                em.persist(evaluation);
                Assignment assignment = Assignment.assign(evaluation, proposal, "reviewer", "officer", Instant.now());
                em.persist(assignment);
                ids[0] = proposal.getId();
                em.flush();
                ids[1] = evaluation.getId();
                ids[2] = assignment.getId();
            });
            inTransaction(emf, em -> {
                Assignment assignment = em.find(Assignment.class, ids[2]);
                assignment.declareNoConflict(Instant.now());
                assignment.save(List.of(new Assignment.Entry(new BigDecimal("4.5"), "Original."),
                        new Assignment.Entry(new BigDecimal("3"), "Some uptake."),
                        new Assignment.Entry(new BigDecimal("4"), "Sound.")), Instant.now());
                assignment.submit(Instant.now());
            });
            inTransaction(emf, em -> {
                Evaluation evaluation = em.find(Evaluation.class, ids[1]);
                evaluation.startConsensus(Instant.now());
                em.persist(Consensus.of(evaluation, em.find(Proposal.class, ids[0]), scores("4", "3.5", "4"),
                        "A strong consortium.", "officer", Instant.now()));
            });
            inTransaction(emf, em -> {
                Consensus consensus = consensusOf(em, ids[1]);
                consensus.set(scores("4.5", "3.5", "4"), "A strong consortium; the impact plan is thin.", "officer",
                        Instant.now());
            });
            inTransaction(emf, em -> {
                Assignment assignment = em.find(Assignment.class, ids[2]);
                assertThat(assignment.submittedScores()).hasValue(scores("4.5", "3.0", "4.0"));
                Consensus consensus = consensusOf(em, ids[1]);
                assertThat(consensus.getScores()).containsExactlyElementsOf(scores("4.5", "3.5", "4.0"));
                assertThat(writtenAndReadBack(consensus.getScores()))
                        .as("a copy goes into the views (and the session), not Hibernate's list with its entity")
                        .containsExactlyElementsOf(scores("4.5", "3.5", "4.0"));
                assertThat(consensus.total()).isEqualByComparingTo("12");
                assertThat(consensus.meetsThresholds()).isTrue();
                assertThat(em.find(Evaluation.class, ids[1]).getCriteria()).hasSize(3);
            });
        }

        assertThat(count(dataSource, "review_score where assignment_id = " + ids[2])).isEqualTo(3);
        assertThat(count(dataSource, "review_assignment_aud")).as("assigned; declared, saved and submitted in one transaction")
                .isEqualTo(2);
        assertThat(count(dataSource, "consensus_aud")).as("set twice").isEqualTo(2);
        assertThat(count(dataSource, "consensus_score_aud where score = 4.5")).isEqualTo(1);
        assertThat(count(dataSource, "evaluation_criterion_aud")).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDecisionRecordsEveryLineAndTheAwardsOfTheFundedPartners(TestDatabase database) throws SQLException {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());
        int[] funded = new int[1];
        String[] code = new String[1];

        try (EntityManagerFactory emf = entityManagerFactory(dataSource, "none")) {
            inTransaction(emf, em -> {
                Proposal first = em.createQuery("select p from Proposal p where p.status = :status order by p.id",
                        Proposal.class).setParameter("status", ProposalStatus.ELIGIBLE).setMaxResults(1).getSingleResult();
                Call call = first.getCall();
                code[0] = call.getCode();
                List<Proposal> proposals = em.createQuery("select p from Proposal p where p.call = :call and "
                        + "p.submittedAt is not null order by p.id", Proposal.class).setParameter("call", call).getResultList();
                List<CommonPot.Candidate> ranking = proposals.stream()
                        .map(p -> CommonPot.candidate(p, new BigDecimal("12"), true, true)).toList();
                Map<Currency, BigDecimal> rates = new HashMap<>();
                CommonPot.budgets(call).forEach(b -> rates.put(b.currency(), new BigDecimal("0.1")));
                CommonPot.Input input = new CommonPot.Input(ranking, CommonPot.budgets(call), call.getCommonFundEur(),
                        new BigDecimal("10"), rates, List.of());
                CommonPot.Result result = CommonPot.allocate(input);
                funded[0] = result.lines(CommonPot.Outcome.FUNDED).stream().mapToInt(l -> l.grants().size()).sum();
                em.persist(FundingDecision.record(call, input, result, LocalDate.of(2027, 6, 30),
                        new FundingDecision.Sources(id -> em.find(Proposal.class, id), id -> em.find(Partner.class, id),
                                id -> em.find(FundingAgency.class, id)), "officer", Instant.now()));
            });
            inTransaction(emf, em -> {
                FundingDecision decision = em.createQuery("select d from FundingDecision d where d.call.code = :code",
                        FundingDecision.class).setParameter("code", code[0]).getSingleResult();
                assertThat(decision.getLines()).isNotEmpty();
                assertThat(decision.getLines()).extracting(DecisionLine::getRank)
                        .isSorted().startsWith(1);
                assertThat(decision.getAwards()).hasSize(funded[0]);
                assertThat(decision.getAwards()).allSatisfy(award -> {
                    assertThat(award.getAmount()).isPositive();
                    assertThat(award.getPartner().getProposal()).isEqualTo(award.getProposal());
                });
                assertThat(decision.getRatesOn()).isEqualTo(LocalDate.of(2027, 6, 30));
            });
        }
        assertThat(funded[0]).as("the demo call funds someone").isPositive();
    }
}
