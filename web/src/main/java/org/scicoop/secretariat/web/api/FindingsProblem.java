package org.scicoop.secretariat.web.api;

import jakarta.ws.rs.core.Response;

import org.scicoop.secretariat.proposal.entity.Finding;

import java.util.List;

/**
 * The problem document of a refused submission: a {@link Problem} that also lists every finding
 * (what is missing, which rule of the call fails), each as its rule's name and its words in the caller's
 * language ({@link ApiJson}), so that a client can show them all at once.
 */
public record FindingsProblem(String type, String title, int status, String detail, String instance, String code,
                              List<Finding> findings) {

    public Response response() {
        return Response.status(status).type(Problem.MEDIA).entity(this).build();
    }
}
