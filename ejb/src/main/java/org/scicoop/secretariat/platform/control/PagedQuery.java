package org.scicoop.secretariat.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one way lists are paged, sorted and filtered on the server. A list declares which fields may
 * be sorted and filtered (so no request can inject JPQL); the count and the page run in the
 * caller's single transaction, and an empty count spares the page query.
 */
public final class PagedQuery<E> {

    public enum Match { CONTAINS, EQUALS }

    /** A JPQL condition with a {@code :value} placeholder, and how the request's text becomes the value. */
    private record Filter(String condition, Function<String, Object> value) {
    }

    private final Class<E> entity;
    private final String alias;
    private final String defaultOrder;
    private final Map<String, String> sortable = new LinkedHashMap<>();
    private final Map<String, Filter> filterable = new LinkedHashMap<>();

    private PagedQuery(Class<E> entity, String alias, String defaultOrder) {
        this.entity = entity;
        this.alias = alias;
        this.defaultOrder = defaultOrder;
    }

    /** A list of {@code entity} rows known as {@code alias}, ordered by {@code defaultOrder} (JPQL). */
    public static <E> PagedQuery<E> of(Class<E> entity, String alias, String defaultOrder) {
        return new PagedQuery<>(entity, alias, defaultOrder);
    }

    public PagedQuery<E> sortable(String field, String path) {
        sortable.put(field, path);
        return this;
    }

    public PagedQuery<E> filterable(String field, String path, Match match) {
        return match == Match.CONTAINS
                ? filterable(field, "lower(" + path + ") like :value escape '\\'", PagedQuery::containsPattern)
                : filterable(field, path + " = :value", String::trim);
    }

    /**
     * A filter of any shape: {@code condition} is JPQL using {@code :value}; {@code value} turns the
     * request's text into the parameter (it may throw {@link IllegalArgumentException} for bad input).
     */
    public PagedQuery<E> filterable(String field, String condition, Function<String, Object> value) {
        filterable.put(field, new Filter(condition, value));
        return this;
    }

    public <R> Page<R> fetch(EntityManager em, PageRequest request, Function<E, R> toRow) {
        return fetch(em, request, null, Map.of(), toRow);
    }

    /**
     * As {@link #fetch(EntityManager, PageRequest, Function)}, within a fixed {@code restriction}
     * (JPQL, with its own named parameters) that the caller's access imposes.
     */
    public <R> Page<R> fetch(EntityManager em, PageRequest request, String restriction,
                             Map<String, Object> restrictionParameters, Function<E, R> toRow) {
        Where where = where(request, restriction, restrictionParameters);
        String from = where.from();
        Map<String, Object> parameters = where.parameters();

        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || request.first() >= total) {
            return new Page<>(List.of(), total);
        }

        String order = orderBy(request);
        TypedQuery<E> page = em.createQuery("select " + alias + from + " order by " + order, entity)
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        parameters.forEach(page::setParameter);
        List<R> rows = new ArrayList<>();
        for (E row : page.getResultList()) {
            rows.add(toRow.apply(row));
        }
        return new Page<>(rows, total);
    }

    /**
     * Every row the filters select, in the list's default or requested order, at most {@code limit}:
     * for exports, which take the whole filtered list rather than a page.
     */
    public <R> List<R> fetchAll(EntityManager em, PageRequest request, String restriction,
                                Map<String, Object> restrictionParameters, Function<E, R> toRow, int limit) {
        Where where = where(request, restriction, restrictionParameters);
        String order = orderBy(request);
        TypedQuery<E> query = em.createQuery("select " + alias + where.from() + " order by " + order, entity)
                .setMaxResults(limit);
        where.parameters().forEach(query::setParameter);
        // a list, not a stream: batch fetching needs the rows in the persistence context (no N+1)
        return query.getResultList().stream().map(toRow).toList();
    }

    /**
     * What the list's filters select within {@code restriction}, as one condition on the list's alias: for figures
     * (counts, sums) over exactly the rows the filtered list shows.
     */
    public Restriction restriction(Map<String, String> filters, Restriction restriction) {
        Where where = where(new PageRequest(0, 1, null, true, filters), restriction.condition(),
                restriction.parameters());
        return new Restriction(where.condition(), where.parameters());
    }

    private String orderBy(PageRequest request) {
        String sortPath = request.sortField() == null ? null : sortable.get(request.sortField());
        return sortPath == null ? defaultOrder
                : sortPath + (request.ascending() ? " asc" : " desc") + ", " + defaultOrder;
    }

    /** The filters and the restriction as one condition (null when there is none), and the query's tail. */
    private record Where(String from, String condition, Map<String, Object> parameters) {
    }

    private Where where(PageRequest request, String restriction, Map<String, Object> restrictionParameters) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>(restrictionParameters);
        if (restriction != null) {
            conditions.add("(" + restriction + ")");
        }
        request.filters().forEach((name, text) -> {
            Filter filter = filterable.get(name);
            if (filter == null || text == null || text.isBlank()) {
                return;
            }
            String parameter = "f" + conditions.size();
            conditions.add("(" + filter.condition().replace(":value", ":" + parameter) + ")");
            parameters.put(parameter, filter.value().apply(text));
        });
        String condition = conditions.isEmpty() ? null : String.join(" and ", conditions);
        String from = " from " + entity.getSimpleName() + " " + alias + (condition == null ? "" : " where " + condition);
        return new Where(from, condition, parameters);
    }

    public static String containsPattern(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
