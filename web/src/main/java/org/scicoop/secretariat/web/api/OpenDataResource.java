package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.file.entity.StoredFile;
import org.scicoop.secretariat.project.boundary.FundedProject;
import org.scicoop.secretariat.project.boundary.ProjectOpenData;

import java.nio.charset.StandardCharsets;

/**
 * Funded projects as open data (issue 14, item 8): no token, cacheable by anyone ({@code Cache-Control: public},
 * a strong {@code ETag}, {@code 304} on {@code If-None-Match}). The API's own JSON, a page at a time
 * ({@link FundedProject}: a stable shape), and the whole list in the 360Giving data standard, as a JSON grants package
 * and as CSV in its spreadsheet layout ({@link ThreeSixtyGiving}). Only what may be public: no people, no reports.
 */
@Path("public/projects")
@Public
@Tag(name = "open data")
public class OpenDataResource {

    static final String CSV = "text/csv";
    private static final int MAX_AGE = 300;

    @Inject
    ProjectOpenData projects;

    @Context
    Request request;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listFundedProjects", summary = "Funded projects with their grants, oldest first, a page at "
            + "a time; call narrows to one call's code. The total is in X-Total-Count, the other pages in Link.")
    @APIResponseSchema(value = FundedProject[].class, responseCode = "200")
    public Response funded(@BeanParam Paging paging, @QueryParam("call") String call) {
        PageRequest asked = paging.request(100, PageRequest.MAX_SIZE, Paging.filters("call", call));
        Page<FundedProject> page = projects.funded(asked);
        EntityTag tag = new EntityTag(Integer.toHexString(page.hashCode()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, cache()).build();
        }
        return Paging.ok(page, asked, uri).tag(tag).header(HttpHeaders.CACHE_CONTROL, cache()).build();
    }

    @GET
    @Path("360giving.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getFundedProjects360Giving", summary = "Every funded project's grants in the 360Giving "
            + "data standard 1.4: a JSON grants package, one grant per partner's grant.")
    @APIResponse(responseCode = "200", description = "A 360Giving grants package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response threeSixtyGivingJson() {
        String download = Settings.appUrl() + "/api/v1/public/projects/360giving.json";
        return cached(ThreeSixtyGiving.json(projects.all(), download).toString(),
                MediaType.APPLICATION_JSON + ";charset=utf-8", "360giving.json");
    }

    @GET
    @Path("360giving.csv")
    @Produces(CSV)
    @Operation(operationId = "getFundedProjects360GivingCsv", summary = "Every funded project's grants in the 360Giving "
            + "data standard 1.4, as CSV with the standard's column titles (its spreadsheet grants sheet).")
    @APIResponse(responseCode = "200", description = "360Giving grants as CSV",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response threeSixtyGivingCsv() {
        return cached(ThreeSixtyGiving.csv(projects.all()), CSV + ";charset=utf-8;header=present", "360giving.csv");
    }

    private Response cached(String body, String type, String fileName) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        EntityTag tag = new EntityTag(StoredFile.sha256(bytes));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, cache()).build();
        }
        return Response.ok(bytes, type).tag(tag).header(HttpHeaders.CACHE_CONTROL, cache())
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
    }

    /** Anyone may keep a copy (a proxy, a data portal) for five minutes, then revalidate with the ETag. */
    private static String cache() {
        return "public, max-age=" + MAX_AGE;
    }
}
