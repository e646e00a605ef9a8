package org.scicoop.secretariat.reference.entity;

public enum OrganisationType {
    UNIVERSITY,
    RESEARCH_ORGANISATION,
    COMPANY,
    NGO,
    PUBLIC_BODY
}
