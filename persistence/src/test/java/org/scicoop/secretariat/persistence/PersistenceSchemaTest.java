package org.scicoop.secretariat.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.scicoop.secretariat.proposal.entity.Eligibility;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scicoop.secretariat.audit.entity.AuditRevisionListener;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.CallDocument;
import org.scicoop.secretariat.call.entity.DocumentKind;
import org.scicoop.secretariat.person.entity.IdentityClaims;
import org.scicoop.secretariat.person.entity.Person;
import org.scicoop.secretariat.platform.file.entity.StoredFile;
import org.scicoop.secretariat.platform.schema.SchemaMigration;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.IncomeGroup;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The Flyway schema and the JPA mapping agree, on H2 and on a real PostgreSQL. */
class PersistenceSchemaTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratedSchemaValidatesAgainstTheMapping(TestDatabase database) throws SQLException {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());

        try (EntityManagerFactory emf = entityManagerFactory(dataSource, "validate")) {
            EntityManager em = emf.createEntityManager();
            assertThat(em.createQuery("select count(c) from Country c", Long.class).getSingleResult())
                    .isGreaterThanOrEqualTo(249L);
            assertThat(em.find(Country.class, "KE").getIncomeGroup()).isEqualTo(IncomeGroup.LOWER_MIDDLE);
            assertThat(em.find(Country.class, "KE").isDeveloping()).isTrue();
            assertThat(em.find(Country.class, "DE").isDeveloping()).isFalse();
            assertThat(em.createQuery("select count(t) from ThematicArea t", Long.class).getSingleResult())
                    .isGreaterThanOrEqualTo(5L);
            assertThat(em.createQuery("select count(a) from FundingAgency a", Long.class).getSingleResult())
                    .isPositive();
            assertThat(em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult())
                    .isPositive();
            demoProposalsAreConsistent(em);
        }
    }

    /** The demo proposals: every state, consortia from many countries, and the submitted ones meet their call's rules. */
    private static void demoProposalsAreConsistent(EntityManager em) {
        List<Proposal> proposals = em.createQuery("select p from Proposal p order by p.id", Proposal.class)
                .getResultList();
        assertThat(proposals).extracting(Proposal::getStatus).contains(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED,
                ProposalStatus.ELIGIBLE, ProposalStatus.INELIGIBLE, ProposalStatus.WITHDRAWN);
        assertThat(proposals.stream().flatMap(p -> p.getPartners().stream()).map(x -> x.getCountry().getCode())
                .distinct()).hasSizeGreaterThanOrEqualTo(4);
        List<Proposal> members = proposals.stream().filter(p -> p.isCoordinator("member")).toList();
        assertThat(members).isNotEmpty().noneMatch(p -> p.hasMember("member3"));
        Proposal heatnet = proposals.stream().filter(p -> p.getAcronym().equals("HEATNET")).findFirst().orElseThrow();
        assertThat(heatnet.getPartners()).anyMatch(x -> x.getCountry().isDeveloping());
        assertThat(Eligibility.rules(heatnet)).as("a submitted demo proposal meets its call's rules").isEmpty();
        assertThat(em.createQuery("select count(s) from ProposalSubmission s", Long.class).getSingleResult())
                .isEqualTo(proposals.stream().filter(p -> p.getSubmittedAt() != null).count());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void productionMigrationsCarryReferenceDataButNoDemoData(TestDatabase database) throws SQLException {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, false, getClass().getClassLoader());

        assertThat(count(dataSource, "country")).isGreaterThanOrEqualTo(249);
        assertThat(count(dataSource, "thematic_area")).isGreaterThanOrEqualTo(5);
        assertThat(count(dataSource, "funding_agency")).isZero();
        assertThat(count(dataSource, "organisation")).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratingTwiceChangesNothing(TestDatabase database) throws SQLException {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());
        int agencies = count(dataSource, "funding_agency");

        var second = SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());

        assertThat(second.migrationsExecuted).isZero();
        assertThat(count(dataSource, "funding_agency")).isEqualTo(agencies);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void profileChangesAreAuditedButLoginsAreNot(TestDatabase database) throws SQLException {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, false, getClass().getClassLoader());
        IdentityClaims claims = new IdentityClaims("sub-1", "member", "Camille", "Martin",
                "member@secretariat.example", "FR", "Sorbonne Université", "Europe/Paris");

        try (EntityManagerFactory emf = entityManagerFactory(dataSource, "none")) {
            inTransaction(emf, em -> em.persist(Person.firstLogin(claims, em.find(Country.class, "FR"), Instant.now())));
            inTransaction(emf, em -> bySubject(em).updateFrom(claims, em.find(Country.class, "FR"), Instant.now()));
            inTransaction(emf, em -> bySubject(em).updateFrom(
                    new IdentityClaims("sub-1", "member", "Camille", "Martin", "camille@secretariat.example",
                            "FR", "Sorbonne Université", "Europe/Paris"),
                    em.find(Country.class, "FR"), Instant.now()));
        }

        assertThat(count(dataSource, "person_aud")).as("creation and e-mail change, not the second login")
                .isEqualTo(2);
        assertThat(count(dataSource, "audit_revision where username = '" + AuditRevisionListener.SYSTEM + "'"))
                .isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void documentBytesAreStoredApartReadBackWholeAndTheMetadataIsAudited(TestDatabase database) throws SQLException {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());
        int demoFiles = count(dataSource, "stored_file"); // the demo reports' attachments
        byte[] bytes = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(bytes);
        System.arraycopy("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 8);
        long[] id = new long[1];

        try (EntityManagerFactory emf = entityManagerFactory(dataSource, "none")) {
            inTransaction(emf, em -> {
                StoredFile file = new StoredFile(bytes, Instant.now());
                em.persist(file);
                draftCall(em).attachDocument(new CallDocument.Upload("Guide", DocumentKind.GUIDE, "en", "guide.pdf",
                        file.getSha256(), file.getSize()), "officer", Instant.now());
                em.flush();
                id[0] = draftCall(em).getDocuments().get(0).getId();
            });
            inTransaction(emf, em -> {
                CallDocument document = em.find(CallDocument.class, id[0]);
                assertThat(document.getSize()).isEqualTo(bytes.length);
                assertThat(em.find(StoredFile.class, document.getSha256()).getBytes()).isEqualTo(bytes);
            });
            inTransaction(emf, em -> {
                Call call = draftCall(em);
                call.removeDocument(call.document(id[0]).orElseThrow());
            });
        }

        assertThat(count(dataSource, "call_document")).isZero();
        assertThat(count(dataSource, "stored_file")).as("the bytes stay: the document's history names them")
                .isEqualTo(demoFiles + 1);
        assertThat(count(dataSource, "call_document_aud where revtype = 0")).isEqualTo(1);
        assertThat(count(dataSource, "call_document_aud where revtype = 2 and title = 'Guide'")).isEqualTo(1);
    }

    /** The call's history reads its themes from this audit table (CallHistory): each revision's added and removed themes. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCallsThemesAreAuditedAsTheThemesAddedAndRemoved(TestDatabase database) throws SQLException {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());
        try (EntityManagerFactory emf = entityManagerFactory(dataSource, "none")) {
            inTransaction(emf, em -> {
                Call call = draftCall(em);
                List<ThematicArea> themes = em.createQuery("select t from ThematicArea t where t.code in ('CLIMATE_CHANGE', 'HEALTH')",
                        ThematicArea.class).getResultList();
                call.text(new Call.CallText(call.getTitle(), call.getSummary(), themes));
            });
        }
        String byCode = "funding_call_theme_aud a join thematic_area t on t.id = a.theme_id where ";
        assertThat(count(dataSource, byCode + "a.revtype = 0 and t.code = 'HEALTH'")).as("added").isEqualTo(1);
        assertThat(count(dataSource, byCode + "a.revtype = 2 and t.code = 'ENERGY_SECURITY'")).as("removed").isEqualTo(1);
        assertThat(count(dataSource, byCode + "t.code = 'CLIMATE_CHANGE'")).as("kept: no row").isZero();
    }

    private static Call draftCall(EntityManager em) {
        return em.createNamedQuery(Call.BY_CODE, Call.class).setParameter("code", "STI-2027-ENER-01").getSingleResult();
    }

    private static Person bySubject(EntityManager em) {
        return em.createNamedQuery(Person.BY_SUBJECT, Person.class).setParameter("subject", "sub-1").getSingleResult();
    }

    static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        work.accept(em);
        em.getTransaction().commit();
        em.close();
    }

    static EntityManagerFactory entityManagerFactory(DataSource dataSource, String schemaAction) {
        return Persistence.createEntityManagerFactory("secretariat", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "hibernate.hbm2ddl.auto", schemaAction,
                // WildFly supplies the second-level cache (Infinispan); outside it there is none.
                "hibernate.cache.use_second_level_cache", "false",
                "hibernate.cache.use_query_cache", "false"));
    }

    static int count(DataSource dataSource, String tableAndCondition) throws SQLException {
        try (var connection = dataSource.getConnection();
             var result = connection.createStatement().executeQuery("select count(*) from " + tableAndCondition)) {
            result.next();
            return result.getInt(1);
        }
    }
}
