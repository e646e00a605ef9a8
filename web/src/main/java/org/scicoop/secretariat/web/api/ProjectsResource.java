package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.project.boundary.ProjectCommands;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.boundary.ProjectSummary;
import org.scicoop.secretariat.project.boundary.ProjectView;
import org.scicoop.secretariat.project.boundary.ReportFile;
import org.scicoop.secretariat.web.i18n.Language;
import org.scicoop.secretariat.web.platform.Downloads;

import java.io.IOException;
import java.util.List;

/**
 * Projects, their milestones and the reports on them (issue 14). What a caller may see and do is decided by the
 * service (ProjectAccess): members their consortia's projects, national contacts those with a partner of their
 * country, officers and administrators all; another consortium's project is 404, as a missing one. Every change —
 * of the project, a milestone or a report — needs {@code If-Match} with the project's ETag (its version): 412 when
 * someone changed it since, 428 without it. Changes answer the project with its new ETag.
 */
@Path("projects")
@Tag(name = "projects")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    /** Projects per response unless the client asks for fewer or more (at most {@link PageRequest#MAX_SIZE}). */
    static final int DEFAULT_SIZE = 20;

    @Inject
    ProjectService projects;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listProjects", summary = "The projects the caller may see, a page at a time: members their consortia's, national "
            + "contacts their country's, officers and administrators all. Filters: call, state, country, q, "
            + "overdue=true (a milestone overdue now), due=this-month (a milestone due this month, not yet accepted). "
            + "The total is in X-Total-Count, the other pages in Link (rel first, prev, next, last).")
    @APIResponseSchema(value = ProjectSummary[].class, responseCode = "200")
    public Response list(@BeanParam Paging paging,
                         @QueryParam("call") String call,
                         @QueryParam("state") String state,
                         @QueryParam("country") String country,
                         @QueryParam("q") String text,
                         @QueryParam("overdue") String overdue,
                         @QueryParam("due") String due) {
        PageRequest asked = paging.request(DEFAULT_SIZE, PageRequest.MAX_SIZE, Paging.filters("call", call,
                "state", state, "country", country, "text", text, "overdue", overdue, "due", due));
        return Paging.ok(projects.list(asked), asked, uri).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProject", summary = "One project with its ETag: partners and grants, milestones with their states and report "
            + "versions (drafts for the consortium and officers), and what the caller may do now")
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return ok(projects.get(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getProjectHistory", summary = "The project's history, newest first, a page at a time: per revision who "
            + "(username and name; system for timers), when, and each field's old and new value — dates, milestones (a "
            + "due date moved with its reason), reports by version (drafts, their outputs and files only for the "
            + "consortium and officers). The total is in X-Total-Count, the other pages in Link.")
    @APIResponseSchema(value = Change[].class, responseCode = "200")
    public Response history(@BeanParam Paging paging, @PathParam("id") long id) {
        PageRequest asked = paging.request(DEFAULT_SIZE, PageRequest.MAX_SIZE);
        return Paging.ok(projects.history(id, asked), asked, uri).build();
    }

    @PUT
    @Path("{id}/start-date")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setProjectStart", summary = "Set the start date (and optionally the time zone) while no report has been submitted; "
            + "the end date and the milestones move with it (programme officers; If-Match)")
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response setStart(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             ProjectCommands.StartDate command) {
        long version = Versions.ifMatch(ifMatch);
        return ok(projects.setStart(id, version, required(command)));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeProject", summary = "Close the project as COMPLETED or TERMINATED, with the reason (programme officers; If-Match)")
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response close(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          ProjectCommands.Closing command) {
        long version = Versions.ifMatch(ifMatch);
        return ok(projects.close(id, version, required(command)));
    }

    @GET
    @Path("{id}/milestones")
    @Operation(operationId = "listMilestones", summary = "The project's milestones with their due dates, states and report versions")
    @APIResponseSchema(value = ProjectView.MilestoneView[].class, responseCode = "200")
    public Response milestones(@PathParam("id") long id) {
        ProjectView project = projects.get(id);
        return Response.ok(project.milestones()).tag(Versions.etag(project.version())).build();
    }

    @POST
    @Path("{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addMilestone", summary = "Add a milestone (programme officers; If-Match): title, kind, due date, responsible partner")
    @APIResponseSchema(value = ProjectView.MilestoneView.class, responseCode = "201")
    public Response addMilestone(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 ProjectCommands.NewMilestone command) {
        long version = Versions.ifMatch(ifMatch);
        ProjectView project = projects.addMilestone(id, version, required(command));
        ProjectView.MilestoneView added = project.milestones().get(project.milestones().size() - 1);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .tag(Versions.etag(project.version())).entity(added).build();
    }

    @GET
    @Path("{id}/milestones/{milestoneId}")
    @Operation(operationId = "getMilestone", summary = "One milestone with its report versions")
    @APIResponseSchema(value = ProjectView.MilestoneView.class, responseCode = "200")
    public Response milestone(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId) {
        ProjectView project = projects.get(id);
        return Response.ok(milestone(project, milestoneId)).tag(Versions.etag(project.version())).build();
    }

    @PUT
    @Path("{id}/milestones/{milestoneId}/due-date")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveDueDate", summary = "Move a milestone's due date, with the reason (programme officers; If-Match)")
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response moveDueDate(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProjectCommands.DueDate command) {
        long version = Versions.ifMatch(ifMatch);
        return ok(projects.moveDueDate(id, version, milestoneId, required(command)));
    }

    @PUT
    @Path("{id}/milestones/{milestoneId}/late-justification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "justifyLateMilestone", summary = "Say why an overdue milestone is late (members of the consortium; If-Match)")
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response justifyLate(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                ProjectCommands.LateJustification command) {
        long version = Versions.ifMatch(ifMatch);
        return ok(projects.justifyLate(id, version, milestoneId, required(command)));
    }

    @GET
    @Path("{id}/milestones/{milestoneId}/reports")
    @Operation(operationId = "listReports", summary = "Every version of the milestone's report: the submitted ones as they were submitted, with "
            + "the officer's review; the draft for the consortium and officers")
    @APIResponseSchema(value = ProjectView.ReportView[].class, responseCode = "200")
    public List<ProjectView.ReportView> reports(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId) {
        return projects.reports(id, milestoneId);
    }

    @GET
    @Path("{id}/milestones/{milestoneId}/reports/{number}")
    @Operation(operationId = "getReport", summary = "One version of the milestone's report")
    @APIResponseSchema(value = ProjectView.ReportView.class, responseCode = "200")
    public ProjectView.ReportView report(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                                         @PathParam("number") int number) {
        return projects.report(id, milestoneId, number);
    }

    @PUT
    @Path("{id}/milestones/{milestoneId}/reports/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveReportDraft", summary = "Save the report draft (members; If-Match): narrative (HTML, sanitised: scripts, event "
            + "handlers and javascript: links removed) and outputs (kind DOI, DATA_SET or URL, link, title; a DOI is "
            + "kept as https://doi.org/…). After a return, the first save starts the next version from the last.")
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response saveReport(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProjectCommands.ReportDraft draft) {
        long version = Versions.ifMatch(ifMatch);
        return ok(projects.saveReport(id, version, milestoneId, required(draft)));
    }

    @POST
    @Path("{id}/milestones/{milestoneId}/reports/draft/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachToReport", summary = "Attach a PDF to the report draft (members; multipart: file). Checked by its content, at "
            + "most 20 MB, 10 per version. Answers the attachment and the project's new ETag. If-Match required.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForms.ReportAttachment.class)))
    @APIResponseSchema(value = ProjectView.AttachmentView.class, responseCode = "201")
    public Response attach(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context HttpServletRequest request) throws IOException {
        long version = Versions.ifMatch(ifMatch);
        ProjectView project;
        try (MultipartUpload upload = MultipartUpload.read(request, Settings.maxProposalAttachmentBytes())) {
            project = projects.attach(id, version, milestoneId, upload.fileName().orElse("report.pdf"), upload.file());
        }
        List<ProjectView.ReportView> reports = milestone(project, milestoneId).reports();
        ProjectView.AttachmentView added = reports.get(reports.size() - 1).attachments().stream()
                .max(java.util.Comparator.comparingLong(ProjectView.AttachmentView::id)).orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path("projects").path(Long.toString(id)).path("milestones")
                        .path(Long.toString(milestoneId)).path("attachments").path(Long.toString(added.id())).build())
                .tag(Versions.etag(project.version())).entity(added).build();
    }

    @DELETE
    @Path("{id}/milestones/{milestoneId}/reports/draft/attachments/{attachmentId}")
    @Operation(operationId = "detachFromReport", summary = "Remove an attachment from the report draft (members; If-Match)")
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response detach(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                           @PathParam("attachmentId") long attachmentId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(projects.detach(id, Versions.ifMatch(ifMatch), milestoneId, attachmentId));
    }

    @GET
    @Path("{id}/milestones/{milestoneId}/attachments/{attachmentId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getReportAttachment", summary = "Download an attachment of a report version the caller may read (ETag: its SHA-256; "
            + "304 on If-None-Match)")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attachment(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                               @PathParam("attachmentId") long attachmentId,
                               @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ReportFile file = projects.attachment(id, milestoneId, attachmentId, Downloads.knownChecksum(ifNoneMatch));
        return Downloads.pdf(file.attachment().sha256(), file.attachment().fileName(), file.content(),
                "private, no-cache");
    }

    @POST
    @Path("{id}/milestones/{milestoneId}/submission")
    @Operation(operationId = "submitReport", summary = "Submit the report draft (members; If-Match): the version is kept as it is and the "
            + "officer in charge is told by e-mail")
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response submit(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = Versions.ifMatch(ifMatch);
        return ok(projects.submit(id, version, milestoneId, language().code()));
    }

    @POST
    @Path("{id}/milestones/{milestoneId}/acceptance")
    @Operation(operationId = "acceptReport", summary = "Accept the submitted report (programme officers; If-Match); the consortium is told")
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response accept(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(projects.accept(id, Versions.ifMatch(ifMatch), milestoneId));
    }

    @POST
    @Path("{id}/milestones/{milestoneId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnReport", summary = "Return the submitted report for revision with comments (programme officers; If-Match); "
            + "the consortium is told")
    @APIResponseSchema(value = ProjectView.class, responseCode = "200")
    public Response returnReport(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProjectCommands.Comments comments) {
        long version = Versions.ifMatch(ifMatch);
        return ok(projects.returnReport(id, version, milestoneId, required(comments)));
    }

    // ---------------------------------------------------------------- internals

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadInput("problem.input.body");
        }
        return body;
    }

    private static ProjectView.MilestoneView milestone(ProjectView project, long milestoneId) {
        return project.milestones().stream().filter(m -> m.id() == milestoneId).findFirst()
                .orElseThrow(() -> new org.scicoop.secretariat.platform.boundary.NotFound("milestone " + milestoneId));
    }

    private Response ok(ProjectView project) {
        return Versions.ok(project, project.version());
    }

    private Language language() {
        return Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
