package org.scicoop.secretariat.web.project;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.project.boundary.ProjectFigures;
import org.scicoop.secretariat.project.boundary.ProjectLine;
import org.scicoop.secretariat.project.boundary.ProjectSummary;
import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.project.entity.ProjectState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectChartsTest {

    @Test
    void barsAreSizedWithinTheirOwnChart() {
        ProjectCharts charts = new ProjectCharts(new ProjectFigures(
                List.of(new ProjectFigures.ByState(MilestoneState.PLANNED, 8),
                        new ProjectFigures.ByState(MilestoneState.ACCEPTED, 2)), 1,
                List.of(new ProjectFigures.ByCountry("KE", 3), new ProjectFigures.ByCountry("FR", 1)),
                List.of(new ProjectFigures.Granted("FR", new BigDecimal("500000.00"), 2),
                        new ProjectFigures.Granted("CN", new BigDecimal("125000.00"), 1)),
                List.of(new ProjectFigures.Granted("WATER", new BigDecimal("625000.00"), 3)), 0));
        assertThat(charts.getByState()).extracting(ProjectCharts.Bar::code, ProjectCharts.Bar::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PLANNED", 100),
                        org.assertj.core.groups.Tuple.tuple("ACCEPTED", 25));
        assertThat(charts.getOverdueByCountry()).extracting(ProjectCharts.Bar::percent).containsExactly(100, 33);
        assertThat(charts.getGrantedByCountry()).extracting(ProjectCharts.Bar::percent).containsExactly(100, 25);
        assertThat(charts.getGrantedByTheme()).extracting(ProjectCharts.Bar::percent).containsExactly(100);
        assertThat(charts.isWithoutMilestones()).isFalse();
    }

    @Test
    void noMilestoneMeansEmptyCharts() {
        ProjectCharts charts = new ProjectCharts(new ProjectFigures(
                List.of(new ProjectFigures.ByState(MilestoneState.PLANNED, 0)), 0, List.of(), List.of(), List.of(), 0));
        assertThat(charts.isWithoutMilestones()).isTrue();
    }

    @Test
    void aMilestoneSitsAlongItsProjectsPeriod() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        ProjectLine line = new ProjectLine(new ProjectSummary(1, "A", "T", "C", ProjectState.ACTIVE, "N", List.of("FR"),
                start, start.plusDays(99), 2, 0, 0, null, null), List.of());
        PortfolioView view = new PortfolioView();
        assertThat(view.position(line, start)).isZero();
        assertThat(view.position(line, start.plusDays(33))).isEqualTo(33);
        assertThat(view.position(line, start.plusDays(99))).isEqualTo(100);
        assertThat(view.position(line, start.minusDays(5))).as("before the start: at the start").isZero();
        assertThat(view.position(line, start.plusDays(400))).as("moved past the end: at the end").isEqualTo(100);
    }
}
