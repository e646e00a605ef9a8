package org.scicoop.secretariat.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.boundary.NotAllowed;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.Restriction;
import org.scicoop.secretariat.project.entity.Project;

import java.util.Map;
import java.util.Optional;

/**
 * Who may see which projects (issue 14): members of the project's consortium (its coordinator and the partners'
 * linked investigators — the proposal's membership) their projects only; national contacts the projects with a
 * partner of their country; officers and administrators all. A project the caller may not see does not exist for
 * them (404), whether it exists or not; a reader who may not do something gets 403 ({@link NotAllowed}).
 */
@Dependent
public class ProjectAccess {

    @Inject
    Caller caller;

    @Inject
    Callers callers;

    public String username() {
        return caller.username();
    }

    public boolean seesAll() {
        return caller.isInRole(Roles.PROGRAMME_OFFICER) || caller.isInRole(Roles.ADMIN);
    }

    public boolean isOfficer() {
        return caller.isInRole(Roles.PROGRAMME_OFFICER);
    }

    public boolean isNationalContact() {
        return caller.isInRole(Roles.NATIONAL_CONTACT);
    }

    /** Whether the caller holds the members' role (of some consortium). */
    public boolean isMember() {
        return caller.isInRole(Roles.CONSORTIUM_MEMBER);
    }

    /** Whether the caller is a member of the project's consortium (and holds the members' role). */
    public boolean isMemberOf(Project project) {
        return caller.isInRole(Roles.CONSORTIUM_MEMBER) && project.getProposal().hasMember(username());
    }

    public boolean mayRead(Project project) {
        if (seesAll() || isMemberOf(project)) {
            return true;
        }
        if (isNationalContact()) {
            Optional<String> country = callers.country(username());
            return country.isPresent() && project.getProposal().getPartners().stream()
                    .anyMatch(p -> p.getCountry().getCode().equals(country.get()));
        }
        return false;
    }

    /** The project if the caller may read it; otherwise, like a missing one, {@link NotFound}. */
    public Project readable(Project project, long id) {
        if (project == null || !mayRead(project)) {
            throw new NotFound("project " + id);
        }
        return project;
    }

    /** The consortium's work (drafts, submissions, justifications): its members only. */
    public Project reported(Project project, long id) {
        Project readable = readable(project, id);
        if (!isMemberOf(readable)) {
            throw new NotAllowed("rule.project.membersOnly");
        }
        return readable;
    }

    /** The secretariat's work (reviews, dates, milestones, closing): officers only. */
    public Project managed(Project project, long id) {
        Project readable = readable(project, id);
        if (!isOfficer()) {
            throw new NotAllowed("rule.project.officersOnly");
        }
        return readable;
    }

    /** The restriction of lists (alias {@code p}) for the caller; none when the caller sees every project. */
    public Restriction restriction() {
        if (seesAll()) {
            return Restriction.NONE;
        }
        if (isNationalContact()) {
            return new Restriction("exists (select x from Partner x where x.proposal = p.proposal"
                    + " and x.country.code = :country)", Map.of("country", callers.country(username()).orElse("--")));
        }
        return mine();
    }

    /** The projects of the consortia the caller belongs to. */
    public Restriction mine() {
        return mine(username());
    }

    /**
     * The projects of the consortia {@code username} belongs to: the caller's, or a calendar feed's owner (the feed is
     * read by a calendar app without a login, by its secret address, and shows the same projects as "My projects").
     */
    public Restriction mine(String username) {
        return new Restriction("(p.proposal.coordinator = :me or exists (select x from Partner x"
                + " where x.proposal = p.proposal and x.member = :me))", Map.of("me", username));
    }
}
