package org.scicoop.secretariat.proposal.entity;

/** What a proposal's attachment is: the full description (one, required to submit), a letter, other. */
public enum AttachmentKind {
    DESCRIPTION, LETTER, OTHER
}
