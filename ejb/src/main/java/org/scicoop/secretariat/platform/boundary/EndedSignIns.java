package org.scicoop.secretariat.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keycloak sessions that ended, as Keycloak's back-channel logout told one node: kept in the database so that every
 * node of a cluster ends its own HTTP sessions of them (web.security.OidcSessions asks every few seconds), not only
 * the node the logout token reached. Kept for {@link #KEPT}, longer than Keycloak keeps a session nobody uses.
 * <p>
 * Callable by anyone: the caller that records has verified Keycloak's signed logout token
 * (web.security.BackChannelLogout), and what it reads (Keycloak's opaque session ids) names nobody.
 */
@Stateless
@PermitAll
public class EndedSignIns {

    public static final Duration KEPT = Duration.ofDays(1);

    /** A Keycloak session ({@code sid}) and when the application learnt that it ended. */
    public record Ended(String sid, Instant at) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Records that the Keycloak session {@code sid} ended (once: a second logout token for it changes nothing). */
    public void record(String sid) {
        Number known = (Number) em.createNativeQuery("select count(*) from ended_sign_in where sid = ?1")
                .setParameter(1, sid).getSingleResult();
        if (known.longValue() == 0) {
            em.createNativeQuery("insert into ended_sign_in (sid, ended_at) values (?1, ?2)")
                    .setParameter(1, sid).setParameter(2, utc(clock.instant())).executeUpdate();
        }
    }

    /** The sessions recorded as ended after {@code after}, oldest first. */
    public List<Ended> since(Instant after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select sid, ended_at from ended_sign_in where ended_at > ?1 order by ended_at")
                .setParameter(1, utc(after)).getResultList();
        return rows.stream().map(row -> new Ended((String) row[0], instant(row[1]))).toList();
    }

    /** Forgets the sessions that ended more than {@link #KEPT} ago; how many. */
    public int forgetOld() {
        return em.createNativeQuery("delete from ended_sign_in where ended_at < ?1")
                .setParameter(1, utc(clock.instant().minus(KEPT))).executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object column) {
        return column instanceof OffsetDateTime time ? time.toInstant()
                : column instanceof java.sql.Timestamp stamp ? stamp.toInstant()
                : column instanceof Instant instant ? instant
                : Instant.parse(column.toString());
    }
}
