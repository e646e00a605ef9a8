package org.scicoop.secretariat.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.scicoop.secretariat.platform.file.entity.StoredFile;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A member's calendar feed (issue 14, item 5): the secret part of the address a calendar app subscribes to, kept
 * only as its SHA-256 ({@link #hash}), so that neither a reader of the database nor a backup can subscribe. The
 * secret is 256 random bits, shown to its owner once, when it is made; {@link #renew} replaces it, and the old
 * address leads nowhere from then on. The language is the owner's when they made it: a calendar app sends none.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String username;

    @Column(name = "secret_sha256")
    private String secretSha256;

    private String language;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarFeed() {
    }

    private CalendarFeed(String username) {
        this.username = Objects.requireNonNull(username);
    }

    /** A feed for {@code username} with a new secret, which only the returned {@link Secret} holds. */
    public static Secret open(String username, String language, Instant now) {
        CalendarFeed feed = new CalendarFeed(username);
        return new Secret(feed, feed.renew(language, now));
    }

    /** A new secret in place of the old one (which stops at once); answers the secret, to show its owner once. */
    public String renew(String language, Instant now) {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        this.secretSha256 = hash(secret);
        this.language = Objects.requireNonNull(language);
        this.createdAt = now;
        return secret;
    }

    /** What the database keeps of a secret, and what a request's secret is looked up by. */
    public static String hash(String secret) {
        return StoredFile.sha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** A new feed with the secret of its address. */
    public record Secret(CalendarFeed feed, String secret) {
    }

    public String getUsername() {
        return username;
    }

    public String getSecretSha256() {
        return secretSha256;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
