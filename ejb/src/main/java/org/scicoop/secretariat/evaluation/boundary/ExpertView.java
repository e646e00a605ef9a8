package org.scicoop.secretariat.evaluation.boundary;

import org.scicoop.secretariat.platform.boundary.VersionedView;

import java.io.Serializable;
import java.util.List;

/**
 * An expert of the reviewer pool; {@code active}: the account has signed in to the application at least once
 * (else the expert is still invited).
 */
public record ExpertView(long id, String username, String name, String email, Long organisationId,
                         String organisation, String country, List<String> expertise, boolean active, long version)
        implements Serializable, VersionedView {
}
