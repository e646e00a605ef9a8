package org.scicoop.secretariat.project.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.control.PagedQuery;
import org.scicoop.secretariat.project.entity.Grant;
import org.scicoop.secretariat.project.entity.Project;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.reference.entity.Organisation;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Funded projects as open data, for anyone (issue 14, item 8): every project — a project exists only once its call is
 * decided and its proposal funded — with its grants, as {@link FundedProject} (no personal data, no reports). The web
 * tier writes them as the API's JSON and in the 360Giving data standard.
 */
@Stateless
public class ProjectOpenData {

    /** The most projects one 360Giving file holds (far above a programme's decade of projects). */
    public static final int MAX_FILE = 50_000;

    static final PagedQuery<Project> FUNDED = PagedQuery.of(Project.class, "p", "p.id")
            .filterable("call", "p.call.code = :value", String::trim);

    @PersistenceContext
    EntityManager em;

    /** A page of funded projects, oldest first; filter {@code call} (a call's code). */
    @PermitAll
    public Page<FundedProject> funded(@NotNull PageRequest request) {
        return FUNDED.fetch(em, request, ProjectOpenData::funded);
    }

    /** Every funded project, oldest first (at most {@link #MAX_FILE}): one open-data file. */
    @PermitAll
    public List<FundedProject> all() {
        return FUNDED.fetchAll(em, new PageRequest(0, 1, null, true, Map.of()), null, Map.of(),
                ProjectOpenData::funded, MAX_FILE);
    }

    private static FundedProject funded(Project project) {
        return new FundedProject(project.getId(), project.getAcronym(), project.getTitle(),
                project.getProposal().getAbstractText(), project.getCall().getCode(), project.getCall().getTitle(),
                project.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate(), project.getStartDate(),
                project.getEndDate(), project.getDurationMonths(), project.getState(),
                project.getGrants().stream().map(ProjectOpenData::grant).toList());
    }

    private static FundedProject.FundedGrant grant(Grant grant) {
        Partner partner = grant.getPartner();
        Organisation organisation = partner.getOrganisation();
        return new FundedProject.FundedGrant(grant.getId(), partner.isCoordinating(), organisation.getId(),
                grant.getOrganisationName(), organisation.getRorId(), grant.getCountryCode(), grant.getAmount(),
                grant.getCurrency().getCurrencyCode(), grant.isCommonFund(),
                grant.isCommonFund() ? null : grant.getAgency().getId(),
                grant.isCommonFund() ? null : grant.getAgency().getAcronym(),
                grant.isCommonFund() ? null : grant.getAgency().getName());
    }
}
