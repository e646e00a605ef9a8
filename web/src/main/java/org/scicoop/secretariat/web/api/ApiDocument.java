package org.scicoop.secretariat.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.scicoop.secretariat.platform.control.Settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes the OpenAPI document that WildFly generates from the resources (registered in
 * {@code META-INF/microprofile-config.properties}), so that it is valid OpenAPI 3.1 and a generated client can
 * use it: the server, every problem response each operation can give (RFC 9457 documents, one shared schema),
 * the paging headers of the collections, and no empty objects where the specification wants required members.
 * What an operation answers when it works stays with its annotations.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";

    /** The problem responses, by status: name in components, description. */
    private static final Map<String, String[]> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", new String[]{"BadRequest", "The request is malformed (JSON is read strictly: UTF-8, "
                + "no duplicate members, numbers only where they fit, RFC 3339 instants) or a value is out of bounds; "
                + "`errors` names the fields"});
        PROBLEMS.put("401", new String[]{"Unauthorized", "No valid bearer token for this API"});
        PROBLEMS.put("403", new String[]{"Forbidden", "The caller's roles do not allow this"});
        PROBLEMS.put("404", new String[]{"NotFound", "No such resource, or none the caller may see"});
        PROBLEMS.put("406", new String[]{"NotAcceptable", "None of the media types in Accept can be produced"});
        PROBLEMS.put("412", new String[]{"PreconditionFailed", "Someone else changed the resource since the "
                + "ETag in If-Match was read"});
        PROBLEMS.put("413", new String[]{"ContentTooLarge", "The body is larger than the operation takes (1 MB of "
                + "JSON; an upload's limit is in its description)"});
        PROBLEMS.put("415", new String[]{"UnsupportedMediaType", "The body's media type is not accepted"});
        PROBLEMS.put("422", new String[]{"UnprocessableContent", "A rule of the programme refuses the change; "
                + "`code` names the rule"});
        PROBLEMS.put("428", new String[]{"PreconditionRequired", "If-Match with the ETag read is required"});
        PROBLEMS.put("500", new String[]{"InternalServerError", "An unexpected failure (logged on the server)"});
        PROBLEMS.put("503", new String[]{"ServiceUnavailable", "A service this operation needs (the database, the "
                + "account service) is not available at the moment; try again after `Retry-After` seconds"});
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        // WildFly's host-level document always carries a contact, a license and external documentation, empty when
        // the application names none, which OpenAPI 3.1 refuses: the application names them
        String site = Settings.appUrl() + "/";
        api.getInfo().contact(OASFactory.createContact().name("SciCoop Secretariat").url(site))
                .license(OASFactory.createLicense().name("Terms of use of the SciCoop Secretariat")
                        .url(Settings.appUrl() + "/privacy.xhtml"));
        api.externalDocs(OASFactory.createExternalDocumentation()
                .description("The secretariat's public pages: open calls, their documents and feed").url(site));
        api.setServers(List.of(OASFactory.createServer().url("/")
                .description("This server: the paths start with /api/v1")));
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        PROBLEMS.forEach((status, named) -> components.addResponse(named[0], OASFactory.createAPIResponse()
                .description(named[1])
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                .ref("#/components/schemas/" + PROBLEM_SCHEMA))))));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describeProblems(path, method, operation)));
    }

    private static void describeProblems(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean versioned = parameters(operation).stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER);
        add(responses, "400");
        if (secured) {
            add(responses, "401");
            add(responses, "403");
        }
        if (path.contains("{")) {
            add(responses, "404");
        }
        add(responses, "406");
        if (operation.getRequestBody() != null) {
            add(responses, "413");
            add(responses, "415");
        }
        if (changes && secured) {
            add(responses, "422");
        }
        if (versioned) {
            add(responses, "412");
            add(responses, "428");
        }
        // every operation reads the database, which may be restarting (code databaseUnavailable)
        add(responses, "503");
        add(responses, "500");
        if (method == PathItem.HttpMethod.GET && parameters(operation).stream()
                .anyMatch(p -> "page".equals(p.getName()) && p.getIn() == Parameter.In.QUERY)) {
            describePagingHeaders(responses);
        }
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static void add(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse()
                    .ref("#/components/responses/" + PROBLEMS.get(status)[0]));
        }
    }

    /** The collections' paging convention (see {@link Paging}), on their 200 answer. */
    private static void describePagingHeaders(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null) {
            return;
        }
        ok.addHeader(Paging.TOTAL, OASFactory.createHeader()
                .description("How many items the whole filtered collection holds")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")));
        ok.addHeader("Link", OASFactory.createHeader()
                .description("RFC 8288 links to the first, previous, next and last pages")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Where: a JSON pointer into the body (RFC 6901, e.g. /commitments/0/amount; "
                                + "empty for the whole body), or the name of a parameter"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What is wrong, in the caller's language"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What happened, in the caller's language (Accept-Language)"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The refused rule, stable for programs"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("status", "title"));
    }
}
