package org.scicoop.secretariat.proposal.control;

import org.scicoop.secretariat.platform.boundary.Unavailable;
import org.scicoop.secretariat.proposal.entity.AccountLinkOutcome;

/**
 * Accounts of invited people in the identity provider (Keycloak): co-applicants invited by a coordinator, experts
 * invited to the reviewer pool by an officer. One rule set for both; only the group the account is created in and
 * the role that group gives differ ({@link Kind}).
 */
public interface MemberAccounts {

    /**
     * What an invitation makes of an account: the realm group a new account is created in, and the one realm role
     * that group carries, which a found account must already hold to be linked.
     */
    enum Kind {
        /** A partner's investigator, invited by the proposal's coordinator. */
        CO_APPLICANT("invited-co-applicants", "consortium-member"),
        /** An expert of the reviewer pool, invited by a programme officer. */
        EXPERT("invited-experts", "reviewer");

        private final String group;
        private final String role;

        Kind(String group, String role) {
            this.group = group;
            this.role = role;
        }

        public String group() {
            return group;
        }

        public String role() {
            return role;
        }
    }

    /** Who is invited: e-mail (the key), names, ISO 3166-1 alpha-2 country, the invitee's language (en, zh, fr, es). */
    record Invitee(String email, String firstName, String lastName, String country, String language) {

        /** An invitee known by one full name: the last word is the last name (one word is both). */
        public static Invitee named(String email, String fullName, String country, String language) {
            String trimmed = fullName.strip();
            int space = trimmed.lastIndexOf(' ');
            return space < 0 ? new Invitee(email, trimmed, trimmed, country, language)
                    : new Invitee(email, trimmed.substring(0, space), trimmed.substring(space + 1), country, language);
        }
    }

    /**
     * What the identity provider says about the invitee's address: the account to link to the partner, or none.
     *
     * @param account the username to link; null when nothing may be linked
     * @param holder  the username of an account that holds the address but may not be linked (for the
     *                secretariat's eyes and the security log only); null otherwise
     */
    record Answer(AccountLinkOutcome outcome, String account, String holder) {

        public boolean linked() {
            return account != null;
        }
    }

    /**
     * The account an invitation may link, following who has <em>proved</em> the address (docs/README.md,
     * "Invitations link only proven addresses"):
     * The kind's role is {@code consortium-member} for co-applicants, {@code reviewer} for experts:
     * <ul>
     *   <li>an account whose e-mail is verified and that holds the kind's role: linked as it is, never
     *       changed ({@link AccountLinkOutcome#EXISTING_ACCOUNT});</li>
     *   <li>no account: a new one in the kind's group, with only its role and Keycloak's set-password e-mail, which
     *       verifies the address when used ({@link AccountLinkOutcome#NEW_ACCOUNT});</li>
     *   <li>an account created by an earlier invitation of the same kind and never used (no credential, no identity provider,
     *       the address as username): its set-password e-mail is sent again and it is linked
     *       ({@link AccountLinkOutcome#PENDING_ACCOUNT});</li>
     *   <li>any other account holding the address — unverified, or without the role: nothing is linked
     *       ({@link AccountLinkOutcome#REFUSED_UNVERIFIED}, {@link AccountLinkOutcome#REFUSED_NOT_MEMBER}).</li>
     * </ul>
     * Throws {@link Unavailable} when Keycloak cannot be reached or refuses, with a log entry saying why (never a
     * token or secret in the log).
     */
    Answer ensureAccount(Kind kind, Invitee invitee);

}
