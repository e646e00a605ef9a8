package org.scicoop.secretariat.proposal.entity;

import org.scicoop.secretariat.reference.entity.Country;

import java.util.List;
import java.util.Objects;

/**
 * One rule a proposal does not meet, or one thing still missing: a message key under
 * {@code proposal.rule.} and the values its message needs. Findings are shown to people, so they
 * never carry more than the proposal's own data.
 */
public record Finding(String rule, List<Object> values) {

    public Finding {
        Objects.requireNonNull(rule);
        values = List.copyOf(values);
    }

    public static Finding of(String rule, Object... values) {
        return new Finding(rule, List.of(values));
    }

    public String messageKey() {
        return "proposal.rule." + rule;
    }

    /** A country among the values: named in the reader's language where it is shown. */
    public record CountryName(String code, String name) {
        public static CountryName of(Country country) {
            return new CountryName(country.getCode(), country.getName());
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
