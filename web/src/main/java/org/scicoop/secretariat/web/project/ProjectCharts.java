package org.scicoop.secretariat.web.project;

import org.scicoop.secretariat.project.boundary.ProjectFigures;
import org.scicoop.secretariat.web.platform.BarScale;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bars of the portfolio's charts: milestones by state, active projects with an overdue milestone by partner
 * country, granted euros by country and by theme; each bar's width relative to the largest of its chart
 * ({@link BarScale}; the page gives the numbers as a table too).
 */
public final class ProjectCharts {

    /** One bar: what it is about (a state, a country or a theme code), its value and its width in %. */
    public record Bar(String code, BigDecimal value, long count, int percent) {
    }

    private final ProjectFigures figures;
    private final List<Bar> byState;
    private final List<Bar> overdueByCountry;
    private final List<Bar> grantedByCountry;
    private final List<Bar> grantedByTheme;

    public ProjectCharts(ProjectFigures figures) {
        this.figures = figures;
        BarScale states = BarScale.of(figures.milestonesByState(), ProjectFigures.ByState::milestones);
        byState = figures.milestonesByState().stream().map(s -> new Bar(s.state().name(),
                BigDecimal.valueOf(s.milestones()), s.milestones(), states.percent(s.milestones()))).toList();
        BarScale overdue = BarScale.of(figures.overdueByCountry(), ProjectFigures.ByCountry::projects);
        overdueByCountry = figures.overdueByCountry().stream().map(c -> new Bar(c.countryCode(),
                BigDecimal.valueOf(c.projects()), c.projects(), overdue.percent(c.projects()))).toList();
        grantedByCountry = granted(figures.grantedByCountry());
        grantedByTheme = granted(figures.grantedByTheme());
    }

    private static List<Bar> granted(List<ProjectFigures.Granted> granted) {
        BarScale scale = BarScale.of(granted, ProjectFigures.Granted::eur);
        return granted.stream().map(g -> new Bar(g.code(), g.eur(), g.grants(), scale.percent(g.eur()))).toList();
    }

    public List<Bar> getByState() {
        return byState;
    }

    public long getOverdueMilestones() {
        return figures.overdueMilestones();
    }

    public List<Bar> getOverdueByCountry() {
        return overdueByCountry;
    }

    public List<Bar> getGrantedByCountry() {
        return grantedByCountry;
    }

    public List<Bar> getGrantedByTheme() {
        return grantedByTheme;
    }

    /** Grants left out of the euro charts for want of a rate on their decision's day. */
    public long getUnconverted() {
        return figures.unconverted();
    }

    public boolean isWithoutMilestones() {
        return byState.stream().allMatch(b -> b.count() == 0);
    }
}
