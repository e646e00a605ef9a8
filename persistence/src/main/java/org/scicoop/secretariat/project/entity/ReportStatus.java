package org.scicoop.secretariat.project.entity;

/** A report version: a draft until submitted, then kept as it is; the officer accepts it or returns it. */
public enum ReportStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED
}
