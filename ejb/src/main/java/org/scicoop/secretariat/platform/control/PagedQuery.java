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
 * be sorted and filtered (so no request can inject JPQL); both the count and the page run in the
 * caller's single transaction.
 */
public final class PagedQuery<E> {

    public enum Match { CONTAINS, EQUALS }

    private record Field(String path, Match match) {
    }

    private final Class<E> entity;
    private final String alias;
    private final String defaultOrder;
    private final Map<String, String> sortable = new LinkedHashMap<>();
    private final Map<String, Field> filterable = new LinkedHashMap<>();

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
        filterable.put(field, new Field(path, match));
        return this;
    }

    public <R> Page<R> fetch(EntityManager em, PageRequest request, Function<E, R> toRow) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        request.filters().forEach((name, value) -> {
            Field field = filterable.get(name);
            if (field == null || value == null || value.isBlank()) {
                return;
            }
            String parameter = "p" + parameters.size();
            where.append(where.isEmpty() ? " where " : " and ");
            if (field.match() == Match.CONTAINS) {
                where.append("lower(").append(field.path()).append(") like :").append(parameter)
                        .append(" escape '\\'");
                parameters.put(parameter, "%" + escapeLike(value.trim().toLowerCase(Locale.ROOT)) + "%");
            } else {
                where.append(field.path()).append(" = :").append(parameter);
                parameters.put(parameter, value.trim());
            }
        });
        String from = " from " + entity.getSimpleName() + " " + alias + where;

        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }

        String sortPath = request.sortField() == null ? null : sortable.get(request.sortField());
        String order = sortPath == null ? defaultOrder
                : sortPath + (request.ascending() ? " asc" : " desc") + ", " + defaultOrder;
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

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
