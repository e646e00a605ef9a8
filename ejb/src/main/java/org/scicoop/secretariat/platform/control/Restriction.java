package org.scicoop.secretariat.platform.control;

import jakarta.persistence.TypedQuery;

import java.util.Map;

/**
 * What a caller may see of a list, as a JPQL condition on the list's alias with its parameters (none when they see
 * everything): each component's access class ({@code CallAccess}, {@code ProposalAccess}) answers one, so that a
 * list, a count and a single read follow one rule.
 */
public record Restriction(String condition, Map<String, Object> parameters) {

    /** No restriction: the caller sees every row. */
    public static final Restriction NONE = new Restriction(null, Map.of());

    public Restriction {
        parameters = Map.copyOf(parameters);
    }

    /** The condition as a {@code where}/{@code and} clause, empty when there is none. */
    public String clause(String keyword) {
        return condition == null ? "" : " " + keyword + " " + condition;
    }

    /** Binds the restriction's parameters to {@code query}. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
