package org.scicoop.secretariat.web.platform;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one lazy-table helper: a PrimeFaces lazy model over a service that pages, sorts and filters
 * on the server. Each table request asks the service once, and the service counts and fetches the
 * page in one transaction. PrimeFaces asks for the count before the page; answering "unknown, many"
 * there and the true count from the page keeps it to that single call.
 */
public class PagedLazyModel<T> extends LazyDataModel<T> {

    /** The service call behind the table, e.g. {@code calls::list}. */
    public interface Source<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** How a row is identified in the table (its business key). */
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    /**
     * The page's own filters (its fields above the table), read at each load, e.g. {@code this::filters}. Serializable
     * as the other two: the model lives in a view-scoped bean, so in the session, which a cluster copies to another
     * node and a server writes to disk when it passivates; a lambda held as a plain {@code Supplier} cannot be written,
     * and the whole session with it was not (SessionStateTest).
     */
    public interface Filters extends Supplier<Map<String, String>>, Serializable {
    }

    private final Source<T> source;
    private final Key<T> key;
    private final Filters extraFilters;
    private transient Page<T> last;

    public PagedLazyModel(Source<T> source, Key<T> key, Filters extraFilters) {
        this.source = source;
        this.key = key;
        this.extraFilters = extraFilters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // The true count arrives with the page, in load(); PrimeFaces skips load() after a zero here.
        return Integer.MAX_VALUE;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(extraFilters.get());
        filterBy.forEach((field, meta) -> {
            if (meta.getFilterValue() != null) {
                filters.put(field, meta.getFilterValue().toString());
            }
        });
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                .orElse(null);
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        String sortField = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder() == SortOrder.ASCENDING;
        last = source.apply(new PageRequest(first, size, sortField, ascending, filters));
        if (last.rows().isEmpty() && first > 0 && last.total() > 0) {
            // the list shrank under the page the table was on: show its last page instead
            int lastPage = (int) ((last.total() - 1) / size) * size;
            last = source.apply(new PageRequest(lastPage, size, sortField, ascending, filters));
        }
        setRowCount((int) last.total());
        return last.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null ? null : last.rows().stream().filter(r -> key.apply(r).equals(rowKey)).findFirst()
                .orElse(null);
    }
}
