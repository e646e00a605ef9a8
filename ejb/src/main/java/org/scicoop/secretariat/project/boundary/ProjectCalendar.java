package org.scicoop.secretariat.project.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.Restriction;
import org.scicoop.secretariat.platform.control.SecurityLog;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.project.control.ProjectAccess;
import org.scicoop.secretariat.project.entity.CalendarFeed;
import org.scicoop.secretariat.project.entity.Milestone;
import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.project.entity.Project;
import org.scicoop.secretariat.project.entity.ProjectState;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Members' calendar feeds (issue 14, item 5): a member makes (or renews) the secret address of their feed, and a
 * calendar app reads it without a login. The feed lists the milestones of the projects "My projects" lists for its
 * owner ({@link ProjectAccess#mine(String)}, the one rule). Only the secret's hash is stored ({@link CalendarFeed}): a
 * secret that matches none — wrong, or renewed since — is {@link NotFound}.
 */
@Stateless
public class ProjectCalendar {

    /** Where the API serves a feed (web.api.CalendarFeedResource): the address is this, the secret and ".ics". */
    public static final String FEED_PATH = "/api/v1/calendars/";

    /** Longer than any secret this class makes; a longer one is not looked up. */
    private static final int MAX_SECRET = 64;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    @Inject
    Clock clock;

    /** When the caller's feed address was made (or last renewed); empty when they have none. */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public Optional<Instant> madeAt() {
        return Optional.ofNullable(em.find(CalendarFeed.class, access.username())).map(CalendarFeed::getCreatedAt);
    }

    /**
     * A new secret for the caller's feed, in place of the old one, which stops at once; its texts in
     * {@code language}. Answers the feed's address, which holds the secret: shown to its owner once, never stored.
     */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public String renew(@NotNull @Pattern(regexp = "[a-zA-Z-]{2,12}") String language) {
        String username = access.username();
        CalendarFeed feed = em.find(CalendarFeed.class, username);
        Instant now = clock.instant();
        String secret;
        if (feed == null) {
            CalendarFeed.Secret made = CalendarFeed.open(username, language, now);
            em.persist(made.feed());
            secret = made.secret();
        } else {
            secret = feed.renew(language, now);
        }
        SecurityLog.info("calendar.renewed", username, Map.of("first", feed == null));
        return Settings.appUrl() + FEED_PATH + secret + ".ics";
    }

    /** The feed whose address holds {@code secret}, for anyone who has it (a calendar app signs in nowhere). */
    @PermitAll
    public CalendarView feed(@NotNull String secret) {
        CalendarFeed feed = secret.length() > MAX_SECRET ? null
                : em.createQuery("select f from CalendarFeed f where f.secretSha256 = :hash", CalendarFeed.class)
                .setParameter("hash", CalendarFeed.hash(secret)).getResultStream().findFirst().orElse(null);
        if (feed == null) {
            throw new NotFound("calendar feed");
        }
        Restriction mine = access.mine(feed.getUsername());
        Instant now = clock.instant();
        return new CalendarView(feed.getLanguage(), mine.bind(em.createQuery(
                        "select m from Milestone m join fetch m.project p" + mine.clause("where")
                                + " order by m.dueDate, p.acronym, m.ordinal", Milestone.class))
                .getResultList().stream().map(m -> dueDate(m, now)).toList());
    }

    private static CalendarView.DueDate dueDate(Milestone milestone, Instant now) {
        Project project = milestone.getProject();
        return new CalendarView.DueDate(milestone.getId(), project.getId(), project.getAcronym(),
                milestone.getTitle(), milestone.getKind(), milestone.getDueDate(), project.getTimeZone(),
                milestone.getState(), milestone.isOverdue(now),
                project.getState() != ProjectState.ACTIVE && milestone.getState() != MilestoneState.ACCEPTED,
                milestone.getVersion());
    }
}
