package org.scicoop.secretariat.platform.boundary;

import java.util.List;

/** A page of rows and the number of rows in the whole filtered list. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
