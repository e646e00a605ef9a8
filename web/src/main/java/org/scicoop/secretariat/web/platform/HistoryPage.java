package org.scicoop.secretariat.web.platform;

import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * The one skeleton of a history page ({@code ?id=}, {@code WEB-INF/includes/history.xhtml}): the thing read once for
 * the heading, its history as a lazy table, newest first, a page at a time. A thing the reader may not read is the
 * styled 404, as a missing one. A page says only how to read the thing and its history.
 *
 * @param <T> the thing's view
 */
public abstract class HistoryPage<T> implements Serializable {

    private String idParameter;
    private T thing;
    private PagedLazyModel<Change> model;

    /** The thing, for the heading; {@link NotFound} when the reader may not read it. */
    protected abstract T read(long id);

    /** A page of the thing's history. */
    protected abstract Page<Change> history(long id, PageRequest request);

    /** What the thing is called in a 404's log ("proposal", "project"). */
    protected abstract String what();

    public void load() throws IOException {
        if (thing != null) {
            return;
        }
        Long id = Pages.id(idParameter);
        try {
            if (id == null) {
                throw new NotFound(what());
            }
            thing = read(id);
            long read = id;
            model = new PagedLazyModel<>(request -> history(read, request), change -> Long.toString(change.revision()),
                    Map::of);
        } catch (NotFound e) {
            Pages.notFound(what());
        }
    }

    public T getThing() {
        return thing;
    }

    public PagedLazyModel<Change> getModel() {
        return model;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }
}
