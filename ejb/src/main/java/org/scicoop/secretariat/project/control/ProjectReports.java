package org.scicoop.secretariat.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.scicoop.secretariat.platform.control.Restriction;
import org.scicoop.secretariat.project.boundary.ProjectFigures;
import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.reference.control.ExchangeRates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The project component's reporting queries: the portfolio's figures within the caller's restriction (alias
 * {@code p}). A handful of grouped statements whatever the number of projects, plus one (cached) read of the
 * exchange rates per decision day. The boundary ({@code ProjectService}) decides who may ask.
 */
@Dependent
public class ProjectReports {

    static final String ACCEPTED = "org.scicoop.secretariat.project.entity.MilestoneState.ACCEPTED";
    static final String ACTIVE = "org.scicoop.secretariat.project.entity.ProjectState.ACTIVE";

    /** A milestone of {@code p} overdue at {@code :now} (the list's {@code overdue} filter says the same). */
    public static final String HAS_OVERDUE = "p.state = " + ACTIVE + " and exists (select om from Milestone om"
            + " where om.project = p and om.state <> " + ACCEPTED + " and om.overdueFrom <= :now)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ExchangeRates rates;

    public ProjectFigures figures(Restriction restriction, Instant now) {
        String where = Objects.requireNonNullElse(restriction.condition(), "1 = 1");
        Map<String, Object> parameters = restriction.parameters();

        Map<MilestoneState, Long> byState = new EnumMap<>(MilestoneState.class);
        for (Object[] row : query("select ms.state, count(ms) from Milestone ms join ms.project p where (" + where
                + ") group by ms.state", Object[].class, parameters).getResultList()) {
            byState.put((MilestoneState) row[0], (Long) row[1]);
        }
        List<ProjectFigures.ByState> states = new ArrayList<>();
        for (MilestoneState state : MilestoneState.values()) {
            states.add(new ProjectFigures.ByState(state, byState.getOrDefault(state, 0L)));
        }

        Map<String, Object> withNow = new HashMap<>(parameters);
        withNow.put("now", now);
        long overdue = query("select count(ms) from Milestone ms join ms.project p where (" + where + ") and p.state = "
                + ACTIVE + " and ms.state <> " + ACCEPTED + " and ms.overdueFrom <= :now", Long.class, withNow)
                .getSingleResult();
        List<ProjectFigures.ByCountry> overdueByCountry = query("select pc.country.code, count(distinct p)"
                + " from Project p, Partner pc where pc.proposal = p.proposal and (" + where + ") and " + HAS_OVERDUE
                + " group by pc.country.code", Object[].class, withNow).getResultList().stream()
                .map(row -> new ProjectFigures.ByCountry((String) row[0], (Long) row[1]))
                .sorted(Comparator.comparing(ProjectFigures.ByCountry::projects).reversed()
                        .thenComparing(ProjectFigures.ByCountry::countryCode))
                .toList();

        Granted byCountry = new Granted();
        query("select g.countryCode, g.currency, sum(g.amount), count(g), p.createdAt from Grant g join g.project p"
                + " where (" + where + ") group by g.countryCode, g.currency, p.createdAt", Object[].class, parameters)
                .getResultList().forEach(byCountry::add);
        Granted byTheme = new Granted();
        query("select t.code, g.currency, sum(g.amount), count(g), p.createdAt from Grant g join g.project p"
                + " join p.call.themes t where (" + where + ") group by t.code, g.currency, p.createdAt",
                Object[].class, parameters).getResultList().forEach(byTheme::add);
        return new ProjectFigures(states, overdue, overdueByCountry, byCountry.sorted(), byTheme.sorted(),
                byCountry.unconverted);
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, Object> parameters) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Sums in euros by code, each amount at the rates of its decision's day. */
    private final class Granted {

        private final Map<String, BigDecimal> eur = new HashMap<>();
        private final Map<String, Long> grants = new HashMap<>();
        private long unconverted;

        void add(Object[] row) {
            String code = (String) row[0];
            LocalDate decided = LocalDate.ofInstant((Instant) row[4], ZoneOffset.UTC);
            Optional<BigDecimal> converted = rates.toEur((BigDecimal) row[2], (Currency) row[1], decided);
            if (converted.isEmpty()) {
                unconverted += (Long) row[3];
                return;
            }
            eur.merge(code, converted.get(), BigDecimal::add);
            grants.merge(code, (Long) row[3], Long::sum);
        }

        List<ProjectFigures.Granted> sorted() {
            return eur.entrySet().stream()
                    .map(e -> new ProjectFigures.Granted(e.getKey(), e.getValue(), grants.get(e.getKey())))
                    .sorted(Comparator.comparing(ProjectFigures.Granted::eur).reversed()
                            .thenComparing(ProjectFigures.Granted::code))
                    .toList();
        }
    }
}
