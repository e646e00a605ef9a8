package org.scicoop.secretariat.web.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one convention of the API's collections (docs/README.md, "API conventions"): the client asks for
 * {@code page} (from 0) and {@code size}, with {@code sort} and {@code descending} where the collection can be
 * sorted; the answer is a JSON array of that page's items, the whole count in {@code X-Total-Count}, and RFC 8288
 * {@code Link} relations {@code first}, {@code prev}, {@code next} and {@code last}, each keeping the request's
 * other parameters. Paging outside the limits is a 400 problem document; a page past the end is an empty array.
 * <p>
 * {@code first} (an offset) is the old parameter of /calls, /organisations and /persons; it still works in this
 * release (page = first / size) and goes in the next.
 */
public class Paging {

    public static final String TOTAL = "X-Total-Count";

    // read as texts: the framework's conversion answers 404 for page=abc and cannot say which limit was passed
    @QueryParam("page")
    @Parameter(description = "The page, from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, from 1 to the collection's maximum",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
    String size;

    @QueryParam("sort")
    @Parameter(description = "The field to sort by, where the collection can be sorted")
    String sort;

    @QueryParam("descending")
    @Parameter(description = "Sort from the largest value down", schema = @Schema(type = SchemaType.BOOLEAN))
    String descending;

    @QueryParam("first")
    @Parameter(deprecated = true, description = "Deprecated: an offset; use page",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0"))
    String first;

    public Paging() {
    }

    /**
     * The page asked for, with the collection's default and largest size; 400 outside them (a page whose first item
     * lies past 2^31 too: no collection is that long).
     */
    public PageRequest request(int defaultSize, int maxSize, Map<String, String> filters) {
        long pageSize = size == null ? defaultSize : whole(size, maxSize);
        long pageNumber = page != null ? whole(page, maxSize) : first == null ? 0 : whole(first, maxSize) / pageSize;
        if (pageSize < 1 || pageSize > maxSize || pageNumber * pageSize > Integer.MAX_VALUE) {
            throw new BadInput("problem.input.paging", maxSize);
        }
        return new PageRequest((int) (pageNumber * pageSize), (int) pageSize, sort, !truth(descending), filters);
    }

    /** A number from 0 to 2^31 - 1 in plain digits, else a refusal. */
    private static long whole(String text, int maxSize) {
        if (!text.matches("\\d{1,10}") || Long.parseLong(text) > Integer.MAX_VALUE) {
            throw new BadInput("problem.input.paging", maxSize);
        }
        return Long.parseLong(text);
    }

    private static boolean truth(String text) {
        if (text == null || text.isEmpty() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new BadInput("problem.input.boolean", "descending");
    }

    /** The page asked for, as {@link #request(int, int, Map)}, without sorting or filters. */
    public PageRequest request(int defaultSize, int maxSize) {
        return request(defaultSize, maxSize, Map.of());
    }

    /** The answer: the rows as the body, the total and the links; the caller may add caching headers. */
    public static Response.ResponseBuilder ok(Page<?> found, PageRequest asked, UriInfo uri) {
        int page = asked.first() / asked.size();
        long lastPage = Math.max(0, (found.total() - 1) / asked.size());
        Response.ResponseBuilder ok = Response.ok(found.rows()).header(TOTAL, found.total());
        ok.links(link(uri, 0, asked.size(), "first"));
        if (page > 0) {
            ok.links(link(uri, Math.min(page - 1, lastPage), asked.size(), "prev"));
        }
        if (page < lastPage) {
            ok.links(link(uri, page + 1, asked.size(), "next"));
        }
        ok.links(link(uri, lastPage, asked.size(), "last"));
        return ok;
    }

    private static Link link(UriInfo uri, long page, int size, String relation) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("first")
                .replaceQueryParam("page", page).replaceQueryParam("size", size)).rel(relation).build();
    }

    /** Filters by name, leaving out those the client did not send. */
    public static Map<String, String> filters(String... namesAndValues) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                filters.put(namesAndValues[i], value);
            }
        }
        return filters;
    }
}
