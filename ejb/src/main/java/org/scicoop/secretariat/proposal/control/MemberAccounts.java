package org.scicoop.secretariat.proposal.control;

/** Accounts of invited co-applicants in the identity provider (Keycloak). */
public interface MemberAccounts {

    /** Who is invited: e-mail (the key), names, ISO 3166-1 alpha-2 country, the invitee's language (en, zh, fr, es). */
    record Invitee(String email, String firstName, String lastName, String country, String language) { }

    /**
     * The username of the account with this e-mail: an existing account is returned as it is (never changed,
     * no role added); otherwise a new account is created with the country attribute, ONLY the realm role
     * consortium-member, the locale, and Keycloak's "execute actions" e-mail (UPDATE_PASSWORD, VERIFY_EMAIL
     * as you see fit) sent so the person sets a password. Idempotent. Throws MemberAccounts.Unavailable
     * (a RuntimeException annotated @jakarta.ejb.ApplicationException(rollback = true)) when Keycloak
     * cannot be reached or refuses, with a log entry saying why (never a token or secret in the log).
     */
    String ensureMember(Invitee invitee);

    /** Keycloak cannot be reached or refused the request; the log says why. */
    @jakarta.ejb.ApplicationException(rollback = true)
    final class Unavailable extends RuntimeException {
        public Unavailable(String m, Throwable c) {
            super(m, c);
        }
    }
}
