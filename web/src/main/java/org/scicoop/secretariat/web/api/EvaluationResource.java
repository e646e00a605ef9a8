package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.evaluation.boundary.AllocationChoices;
import org.scicoop.secretariat.evaluation.boundary.AllocationView;
import org.scicoop.secretariat.evaluation.boundary.BoardView;
import org.scicoop.secretariat.evaluation.boundary.ConsensusCommand;
import org.scicoop.secretariat.evaluation.boundary.ConsensusView;
import org.scicoop.secretariat.evaluation.boundary.EvaluationService;
import org.scicoop.secretariat.evaluation.boundary.EvaluationSettings;
import org.scicoop.secretariat.evaluation.boundary.EvaluationView;
import org.scicoop.secretariat.evaluation.boundary.RankingView;
import org.scicoop.secretariat.evaluation.boundary.WhatIfView;

/**
 * A call's evaluation and funding decision (programme officers; administrators read). The evaluation's ETag is its
 * version (settings, the start of the consensus); starting, deciding and archiving change the call and take the
 * call's ETag ({@code GET /calls/{code}}). Reviewers use {@code /reviews}; national contacts
 * {@code /calls/{code}/national-sign-off}.
 */
@Path("calls/{code}/evaluation")
@Tag(name = "evaluation")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    EvaluationService evaluation;

    /** Who should review what, by hand. */
    public record NewAssignment(long proposalId, String reviewer) {
    }

    @GET
    @Operation(operationId = "getEvaluation", summary = "The call's evaluation: settings, progress (reviews in and due), what the caller may do; "
            + "ETag: the evaluation's version")
    @APIResponseSchema(value = EvaluationView.class, responseCode = "200")
    public Response get(@PathParam("code") String code) {
        return Versions.ok(evaluation.get(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startEvaluation", summary = "Start the evaluation of a closed call whose submitted proposals are all screened "
            + "(officers): the eligible ones go into evaluation. If-Match: the call's ETag.")
    @APIResponseSchema(value = EvaluationView.class, responseCode = "200")
    public Response start(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          EvaluationSettings settings) {
        return Versions.change(ifMatch, version -> evaluation.start(code, version,
                settings == null ? EvaluationSettings.defaults() : settings));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "configureEvaluation", summary = "New criteria, thresholds and reviewer settings, until the first review is submitted. "
            + "If-Match: the evaluation's ETag.")
    @APIResponseSchema(value = EvaluationView.class, responseCode = "200")
    public Response configure(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              EvaluationSettings settings) {
        return Versions.change(ifMatch, version -> evaluation.configure(code, version, settings));
    }

    @GET
    @Path("board")
    @Operation(operationId = "getAssignmentBoard", summary = "The assignment board: every proposal with its reviewers (declarations, review states, "
            + "same-country flags), what each still misses, and the pool with each expert's load")
    @APIResponseSchema(value = BoardView.class, responseCode = "200")
    public BoardView board(@PathParam("code") String code) {
        return evaluation.board(code);
    }

    @POST
    @Path("board/suggestions")
    @Operation(operationId = "suggestAssignments", summary = "Fill every proposal up to the call's number of reviewers from the pool (themes matched, "
            + "loads balanced, never a partner's organisation or a declared conflict); answers the board")
    @APIResponseSchema(value = BoardView.class, responseCode = "200")
    public BoardView suggest(@PathParam("code") String code) {
        return evaluation.suggest(code);
    }

    @POST
    @Path("board/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignReviewer", summary = "Assign an expert of the pool (by username) to a proposal by hand; answers the board")
    @APIResponseSchema(value = BoardView.class, responseCode = "200")
    public BoardView assign(@PathParam("code") String code, NewAssignment assignment) {
        NewAssignment asked = StrictJson.required(assignment);
        return evaluation.assign(code, asked.proposalId(), asked.reviewer());
    }

    @DELETE
    @Path("board/assignments/{assignmentId}")
    @Operation(operationId = "unassignReviewer", summary = "Take an assignment back (not once its review is submitted); answers the board")
    @APIResponseSchema(value = BoardView.class, responseCode = "200")
    public BoardView unassign(@PathParam("code") String code, @PathParam("assignmentId") long assignmentId) {
        return evaluation.unassign(code, assignmentId);
    }

    @POST
    @Path("consensus-start")
    @Operation(operationId = "startConsensus", summary = "Close the reviews and start the consensus (reviews can no longer be reopened). "
            + "If-Match: the evaluation's ETag.")
    @APIResponseSchema(value = EvaluationView.class, responseCode = "200")
    public Response startConsensus(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(ifMatch, version -> evaluation.startConsensus(code, version));
    }

    @GET
    @Path("proposals/{proposalId}/consensus")
    @Operation(operationId = "getConsensus", summary = "A proposal's submitted reviews side by side (divergent criteria flagged) and its "
            + "consensus; ETag: the consensus's version (\"0\" before it is set)")
    @APIResponseSchema(value = ConsensusView.class, responseCode = "200")
    public Response consensus(@PathParam("code") String code, @PathParam("proposalId") long proposalId) {
        ConsensusView view = evaluation.consensus(code, proposalId);
        return Versions.ok(view);
    }

    @PUT
    @Path("proposals/{proposalId}/consensus")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setConsensus", summary = "Set a proposal's consensus: a score per criterion (0 to 5 in half points) and the report "
            + "the coordinator receives. If-Match: the consensus's ETag.")
    @APIResponseSchema(value = ConsensusView.class, responseCode = "200")
    public Response setConsensus(@PathParam("code") String code, @PathParam("proposalId") long proposalId,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ConsensusCommand command) {
        return Versions.change(ifMatch, version -> evaluation.setConsensus(code, proposalId, version, command));
    }

    @GET
    @Path("ranking")
    @Operation(operationId = "getRanking", summary = "The ranking list: consensus total, ties broken by the first criterion, the second, then "
            + "partners from developing countries; thresholds and national sign-off marked")
    @APIResponseSchema(value = RankingView.class, responseCode = "200")
    public RankingView ranking(@PathParam("code") String code) {
        return evaluation.ranking(code);
    }

    @GET
    @Path("allocation")
    @Operation(operationId = "getAllocation", summary = "The virtual common pot: each ranked proposal funded, on the reserve list or not funded, "
            + "with grants and funding gaps; each payer's budget, allocation and remainder. The recorded decision once "
            + "decided.")
    @APIResponseSchema(value = AllocationView.class, responseCode = "200")
    public AllocationView allocation(@PathParam("code") String code) {
        return evaluation.allocation(code);
    }

    @POST
    @Path("allocation/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "allocationWhatIf", summary = "A what-if beside the current allocation: extra national top-ups, another total "
            + "threshold, overrides; nothing is saved")
    @APIResponseSchema(value = WhatIfView.class, responseCode = "200")
    public WhatIfView whatIf(@PathParam("code") String code, AllocationChoices choices) {
        return evaluation.whatIf(code, choices);
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideFunding", summary = "Confirm the allocation with overrides (each with its reason): records the decision and "
            + "awards, sets the proposals' outcomes and the call to DECIDED, e-mails every coordinator. If-Match: the "
            + "call's ETag.")
    @APIResponseSchema(value = AllocationView.class, responseCode = "200")
    public AllocationView decide(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 AllocationChoices choices) {
        long version = Versions.ifMatch(ifMatch);
        return evaluation.decide(code, version, choices == null ? AllocationChoices.NONE : choices);
    }

    @POST
    @Path("archiving")
    @Operation(operationId = "archiveCall", summary = "Archive a decided call. If-Match: the call's ETag.")
    @APIResponseSchema(value = EvaluationView.class, responseCode = "200")
    public Response archive(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(ifMatch, version -> evaluation.archive(code, version));
    }

}
