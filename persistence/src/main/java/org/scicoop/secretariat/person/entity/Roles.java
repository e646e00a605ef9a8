package org.scicoop.secretariat.person.entity;

import java.util.List;

/** The Keycloak realm roles; they are the Jakarta security roles of the application as they are. */
public final class Roles {

    public static final String PROGRAMME_OFFICER = "programme-officer";
    public static final String CONSORTIUM_MEMBER = "consortium-member";
    public static final String REVIEWER = "reviewer";
    public static final String NATIONAL_CONTACT = "national-contact";
    public static final String ADMIN = "admin";

    /** In the order the interface lists them. */
    public static final List<String> ALL = List.of(PROGRAMME_OFFICER, CONSORTIUM_MEMBER, REVIEWER, NATIONAL_CONTACT,
            ADMIN);

    private Roles() {
    }
}
