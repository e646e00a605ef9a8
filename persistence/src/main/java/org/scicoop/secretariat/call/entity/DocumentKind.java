package org.scicoop.secretariat.call.entity;

/** What a call document is for; applicants look for the call text and the guide first. */
public enum DocumentKind {
    CALL_TEXT, GUIDE, TEMPLATE, FAQ, OTHER
}
