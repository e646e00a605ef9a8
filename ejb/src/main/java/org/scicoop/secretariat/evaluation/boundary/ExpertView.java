package org.scicoop.secretariat.evaluation.boundary;

import org.scicoop.secretariat.platform.boundary.VersionedView;

import java.util.List;

/** An expert of the reviewer pool. */
public record ExpertView(long id, String username, String name, String email, Long organisationId,
                         String organisation, String country, List<String> expertise, long version)
        implements VersionedView {
}
