package org.scicoop.secretariat.web.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

    @QueryParam("page")
    @Parameter(description = "The page, from 0")
    Integer page;

    @QueryParam("size")
    @Parameter(description = "Items per page, from 1 to the collection's maximum")
    Integer size;

    @QueryParam("sort")
    @Parameter(description = "The field to sort by, where the collection can be sorted")
    String sort;

    @QueryParam("descending")
    @Parameter(description = "Sort from the largest value down")
    boolean descending;

    @QueryParam("first")
    @Parameter(deprecated = true, description = "Deprecated: an offset; use page")
    Integer first;

    public Paging() {
    }

    Paging(Integer page, Integer size) {
        this.page = page;
        this.size = size;
    }

    /** The page asked for, with the collection's default and largest size; 400 outside them. */
    public PageRequest request(int defaultSize, int maxSize, Map<String, String> filters) {
        int pageSize = size == null ? defaultSize : size;
        if (pageSize < 1 || pageSize > maxSize || (page != null && page < 0) || (first != null && first < 0)) {
            throw new BadInput("problem.input.paging", maxSize);
        }
        long offset = (long) pageNumber(pageSize) * pageSize;
        if (offset > Integer.MAX_VALUE) {
            throw new BadInput("problem.input.paging", maxSize);
        }
        return new PageRequest((int) offset, pageSize, sort, !descending, filters);
    }

    /** The page asked for, as {@link #request(int, int, Map)}, without sorting or filters. */
    public PageRequest request(int defaultSize, int maxSize) {
        return request(defaultSize, maxSize, Map.of());
    }

    private int pageNumber(int pageSize) {
        if (page != null) {
            return page;
        }
        return first == null ? 0 : first / pageSize;
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
