package org.scicoop.secretariat.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scicoop.secretariat.evaluation.entity.Award;
import org.scicoop.secretariat.evaluation.entity.FundingDecision;
import org.scicoop.secretariat.platform.file.entity.StoredFile;
import org.scicoop.secretariat.platform.schema.SchemaMigration;
import org.scicoop.secretariat.project.entity.Doi;
import org.scicoop.secretariat.project.entity.Grant;
import org.scicoop.secretariat.project.entity.Milestone;
import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.project.entity.OutputKind;
import org.scicoop.secretariat.project.entity.Project;
import org.scicoop.secretariat.project.entity.ProjectState;
import org.scicoop.secretariat.project.entity.Report;
import org.scicoop.secretariat.project.entity.ReportAttachment;
import org.scicoop.secretariat.project.entity.ReportOutput;
import org.scicoop.secretariat.project.entity.ReportStatus;
import org.scicoop.secretariat.project.entity.Narrative;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scicoop.secretariat.persistence.PersistenceSchemaTest.entityManagerFactory;

/**
 * The demo projects (R__demo_5_projects.sql), on H2 and PostgreSQL: one per funded proposal of the decided demo call,
 * their grants exactly the decision's awards, milestones in every state with exactly one overdue, a returned report
 * with its comments, a submitted one with a DOI as the application keeps DOIs — and every milestone's overdue instant
 * the end of its due day in the project's zone, as the entity computes it; each report's PDF in the file store with the
 * size and checksum its row names.
 */
class DemoProjectsDataTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDecidedCallHasItsProjects(TestDatabase database) {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, true, getClass().getClassLoader());
        Instant now = Instant.now();

        try (EntityManagerFactory emf = entityManagerFactory(dataSource, "none")) {
            EntityManager em = emf.createEntityManager();
            FundingDecision decision = em.createQuery("select d from FundingDecision d where d.call.code = :code",
                    FundingDecision.class).setParameter("code", "STI-2024-BIOD-01").getSingleResult();
            List<Project> projects = em.createQuery("select p from Project p where p.call = :call order by p.acronym",
                    Project.class).setParameter("call", decision.getCall()).getResultList();

            assertThat(projects).extracting(Project::getAcronym).containsExactly("MANGROVE", "POLLINATE", "WETLANDS");
            assertThat(projects).allMatch(p -> p.getState() == ProjectState.ACTIVE
                    && p.getOfficer().equals(decision.getDecidedBy())
                    && p.getEndDate().equals(p.getStartDate().plusMonths(p.getDurationMonths()).minusDays(1)));
            for (Project project : projects) {
                List<Award> awards = decision.getAwards().stream()
                        .filter(a -> a.getProposal() == project.getProposal()).toList();
                assertThat(project.getGrants()).as(project.getAcronym())
                        .extracting(g -> g.getPartner().getId(), g -> g.getAmount().stripTrailingZeros(),
                                g -> g.getCurrency().getCurrencyCode(), Grant::isCommonFund)
                        .containsExactlyInAnyOrderElementsOf(awards.stream().map(a -> tuple(a.getPartner().getId(),
                                a.getAmount().stripTrailingZeros(), a.getPaidBy().getCurrency().getCurrencyCode(),
                                a.getPaidBy().isCommonFund())).toList());
                assertThat(project.getMilestones()).as(project.getAcronym())
                        .hasSizeGreaterThan(project.getProposal().getMilestones().size())
                        .allMatch(m -> m.getOverdueFrom().equals(Milestone.endOfDay(m.getDueDate(), project.zone())))
                        .filteredOn(m -> m.getDueMonth() != null)
                        .allMatch(m -> m.getDueDate().equals(project.getStartDate().plusMonths(m.getDueMonth())));
            }

            List<Milestone> milestones = projects.stream().flatMap(p -> p.getMilestones().stream()).toList();
            assertThat(milestones).extracting(Milestone::getState).contains(MilestoneState.values());
            assertThat(milestones).filteredOn(m -> m.isOverdue(now))
                    .extracting(Milestone::getTitle, Milestone::getState)
                    .containsExactly(tuple("Consortium agreement signed", MilestoneState.PLANNED));
            assertThat(milestones).filteredOn(m -> m.isOverdue(now)).allMatch(m -> m.getLateJustification() != null);

            Milestone returned = single(milestones, MilestoneState.REVISION_REQUESTED);
            assertThat(returned.getReports()).extracting(Report::getStatus).containsExactly(ReportStatus.RETURNED);
            assertThat(returned.getReports().get(0).getComments()).isNotBlank();
            Milestone submitted = single(milestones, MilestoneState.SUBMITTED);
            Report report = submitted.getReports().get(0);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(report.getOutputs()).filteredOn(o -> o.getKind() == OutputKind.DOI).extracting(ReportOutput::getLink)
                    .singleElement().satisfies(link -> assertThat(Doi.normalise(link)).isEqualTo(link));
            assertThat(milestones).flatExtracting(Milestone::getReports)
                    .allMatch(r -> r.getNarrative().equals(Narrative.sanitise(r.getNarrative())), "sanitised");
            List<ReportAttachment> attachments = milestones.stream().flatMap(m -> m.getReports().stream())
                    .flatMap(r -> r.getAttachments().stream()).toList();
            assertThat(attachments).hasSize(3).extracting(a -> a.getReport().getMilestone())
                    .containsExactlyInAnyOrder(returned, submitted, single(milestones, MilestoneState.ACCEPTED));
            for (ReportAttachment attachment : attachments) {
                StoredFile file = em.find(StoredFile.class, attachment.getSha256());
                assertThat(file.getBytes()).as(attachment.getFileName())
                        .hasSize((int) attachment.getSize()).startsWith("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))
                        .endsWith("%%EOF\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(StoredFile.sha256(file.getBytes())).isEqualTo(attachment.getSha256());
            }
            em.close();
        }
    }

    private static Milestone single(List<Milestone> milestones, MilestoneState state) {
        List<Milestone> found = milestones.stream().filter(m -> m.getState() == state).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
