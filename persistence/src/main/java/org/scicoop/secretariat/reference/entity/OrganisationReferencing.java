package org.scicoop.secretariat.reference.entity;

/**
 * An entity that refers to an organisation (e.g. a proposal's partner, to come). When duplicates are
 * merged, each such entity is loaded and re-pointed through this method, so that Envers audits the
 * change like any other; the entity is listed in {@code reference.control.OrganisationReferences}.
 */
public interface OrganisationReferencing {

    /** Refers to {@code kept} wherever this entity referred to {@code duplicate}. */
    void replaceOrganisation(Organisation duplicate, Organisation kept);
}
