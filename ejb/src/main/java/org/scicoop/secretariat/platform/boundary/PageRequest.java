package org.scicoop.secretariat.platform.boundary;

import org.scicoop.secretariat.platform.boundary.BadInput;

import java.util.Map;

/**
 * One page of a list as a table asks for it: where it starts, how long it is, its sort and its
 * filters (by field name, as the list's query declares them).
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            throw new BadInput("problem.input.paging", MAX_SIZE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadInput("problem.input.paging", MAX_SIZE);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }
}
