package org.scicoop.secretariat.proposal.entity;

/** What a proposal's attachment is: the full description (one, required to submit), a letter, other. */
public enum AttachmentKind {
    DESCRIPTION, LETTER, OTHER;

    /** The name of the kind an attachment has when its sender names none (a constant, for the API's description). */
    public static final String DEFAULT_NAME = "DESCRIPTION";

    /** The kind an attachment has when its sender names none: the API's form, the page's first choice. */
    public static final AttachmentKind DEFAULT = valueOf(DEFAULT_NAME);
}
