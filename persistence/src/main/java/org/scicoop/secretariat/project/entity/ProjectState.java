package org.scicoop.secretariat.project.entity;

/** A project runs ({@code ACTIVE}) until an officer closes it as completed or terminated. */
public enum ProjectState {
    ACTIVE, COMPLETED, TERMINATED
}
