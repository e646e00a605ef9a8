package org.scicoop.secretariat.proposal.entity;

import org.scicoop.secretariat.reference.entity.Country;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One rule a proposal does not meet, or one thing still missing: a message key under
 * {@code proposal.rule.}, the field it is about and the values its message needs. Findings are shown to people, so
 * they never carry more than the proposal's own data.
 *
 * <p>The field is a JSON pointer into the proposal's content as the API reads it ({@code content} of
 * {@code GET /proposals/{id}}): {@code /title}, {@code /durationMonths}, {@code /partners/2/requested},
 * {@code /milestones/0/dueMonth}, {@code /partners} for the consortium as a whole, {@code /attachments}. Partners and
 * milestones are named by their position in the proposal's lists. The editor shows a finding at that field and links
 * to it; null for a finding about the proposal as a whole.
 */
public record Finding(String rule, String field, List<Object> values) implements Serializable {

    public Finding {
        Objects.requireNonNull(rule);
        values = List.copyOf(values);
    }

    /** A finding about the proposal as a whole (no one field settles it). */
    public static Finding of(String rule, Object... values) {
        return new Finding(rule, null, List.of(values));
    }

    /** A finding about one field ({@code field}: a JSON pointer into the proposal's content). */
    public static Finding at(String field, String rule, Object... values) {
        return new Finding(rule, Objects.requireNonNull(field), List.of(values));
    }

    public String messageKey() {
        return "proposal.rule." + rule;
    }

    /** A partner's field: {@code /partners/{index}/{name}}, or the partner itself when {@code name} is null. */
    public static String partner(int index, String name) {
        return "/partners/" + index + (name == null ? "" : "/" + name);
    }

    /** A milestone's field: {@code /milestones/{index}/{name}}. */
    public static String milestone(int index, String name) {
        return "/milestones/" + index + "/" + name;
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
