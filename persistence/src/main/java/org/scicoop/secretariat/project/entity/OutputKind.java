package org.scicoop.secretariat.project.entity;

/** What a report's output link points at: a publication's DOI, a data set, any other web page. */
public enum OutputKind {
    DOI, DATA_SET, URL
}
