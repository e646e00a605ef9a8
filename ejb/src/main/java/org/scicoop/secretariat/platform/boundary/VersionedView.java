package org.scicoop.secretariat.platform.boundary;

/**
 * What a service answers about a versioned thing (a call, a proposal, a review…): its version, which the API
 * answers as the strong {@code ETag} and every change of it names ({@code If-Match}).
 */
public interface VersionedView {

    long version();
}
