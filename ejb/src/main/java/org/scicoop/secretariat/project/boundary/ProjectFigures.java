package org.scicoop.secretariat.project.boundary;

import org.scicoop.secretariat.project.entity.MilestoneState;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of the projects a reader may see (the portfolio's charts): milestones by state (and how many of them are
 * overdue now), active projects with an overdue milestone by partner country, and the granted amounts in euros by the
 * grantee's country and by the call's thematic area. Grants are converted at the rates in force on the day of the
 * funding decision, as the allocation converted them; a grant in a currency without a rate that day is counted in
 * {@code unconverted}, never guessed. A project whose call has several themes counts under each.
 */
public record ProjectFigures(List<ByState> milestonesByState, long overdueMilestones, List<ByCountry> overdueByCountry,
                             List<Granted> grantedByCountry, List<Granted> grantedByTheme, long unconverted) {

    public record ByState(MilestoneState state, long milestones) {
    }

    /** Active projects with at least one overdue milestone and a partner in the country. */
    public record ByCountry(String countryCode, long projects) {
    }

    /** Granted euros for a country (its code) or a theme (its code); {@code grants} counts the grants summed. */
    public record Granted(String code, BigDecimal eur, long grants) {
    }
}
