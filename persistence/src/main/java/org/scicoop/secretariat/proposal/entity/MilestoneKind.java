package org.scicoop.secretariat.proposal.entity;

/** The kinds of milestone a consortium plans (and later reports). */
public enum MilestoneKind {
    DELIVERABLE, DATA_SET, PUBLICATION, EVENT, PERIODIC_REPORT
}
