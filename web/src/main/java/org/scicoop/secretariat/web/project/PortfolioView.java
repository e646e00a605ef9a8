package org.scicoop.secretariat.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.project.boundary.ProjectLine;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.entity.ProjectState;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.person.CurrentUser;
import org.scicoop.secretariat.web.platform.ListLinks;
import org.scicoop.secretariat.web.platform.PagedLazyModel;
import org.scicoop.secretariat.web.reference.ThemeNames;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio (officers; administrators read it; national contacts their country's projects, as the service
 * restricts): filters above a lazy table, all in the URL (bookmarkable), each project with its milestones along its
 * period, exports of the whole filtered list, and the figures' charts ({@link ProjectCharts}).
 */
@Named
@ViewScoped
public class PortfolioView implements Serializable {

    static final List<String> FILTERS = List.of("overdue", "due", "country", "call", "state", "text");

    @Inject
    ProjectService projects;

    @Inject
    CallService calls;

    @Inject
    CurrentUser user;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    LocaleBean locale;

    private boolean overdue;
    private boolean dueThisMonth;
    private String country;
    private String call;
    private String state;
    private String text;
    private PagedLazyModel<ProjectLine> model;
    private transient List<String> callChoices;
    private transient ProjectCharts charts;
    private transient Map<String, String> chartsFilters;
    private transient ThemeNames themeNames;

    /** Members have "My projects", reviewers no projects: each is sent where they belong. */
    public void load() throws IOException {
        user.admitToSecretariatList("/app/projects/index.xhtml");
    }

    public PagedLazyModel<ProjectLine> getModel() {
        if (model == null) {
            ProjectService service = projects;
            model = new PagedLazyModel<>(service::portfolio, line -> Long.toString(line.summary().id()),
                    this::filters);
        }
        return model;
    }

    Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        if (overdue) {
            filters.put("overdue", "true");
        }
        if (dueThisMonth) {
            filters.put("due", "this-month");
        }
        ListLinks.putIfGiven(filters, "country", country);
        ListLinks.putIfGiven(filters, "call", call);
        ListLinks.putIfGiven(filters, "state", state);
        ListLinks.putIfGiven(filters, "text", text);
        return filters;
    }

    /** The export of what the filters select, as {@code csv}, {@code xlsx} or {@code pdf}. */
    public String exportUrl(String format) {
        return ListLinks.export(format, filters());
    }

    /** This list as a link (the filters as query parameters), to bookmark or send. */
    public String getLink() {
        return ListLinks.link("portfolio.xhtml", filters());
    }

    /** The portfolio's charts, over the projects the filters select (made again only when the filters change). */
    public ProjectCharts getCharts() {
        Map<String, String> filters = filters();
        if (charts == null || !filters.equals(chartsFilters)) {
            charts = new ProjectCharts(projects.figures(filters));
            chartsFilters = filters;
        }
        return charts;
    }

    /** A thematic area's name in the reader's language, by its code. */
    public String themeName(String code) {
        if (themeNames == null) {
            themeNames = ThemeNames.of(referenceData, locale.getLocale());
        }
        return themeNames.apply(code);
    }

    /** Where a milestone due on {@code due} sits along the project's period, in whole per cent (0 to 100). */
    public int position(ProjectLine line, LocalDate due) {
        long length = ChronoUnit.DAYS.between(line.summary().startDate(), line.summary().endDate());
        if (length <= 0 || due == null) {
            return 0;
        }
        long at = ChronoUnit.DAYS.between(line.summary().startDate(), due);
        return (int) Math.max(0, Math.min(100, Math.round(at * 100.0 / length)));
    }

    /** Officers and administrators see every project. */
    public boolean isSecretariat() {
        return user.isSecretariat();
    }

    /** A national contact who is not also in the secretariat: the list is their country's. */
    public boolean isCountryView() {
        return user.isCountryView();
    }

    public List<String> getCalls() {
        if (callChoices == null) {
            callChoices = calls.publishedCodes();
        }
        return callChoices;
    }

    public ProjectState[] getStates() {
        return ProjectState.values();
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    /** The URL's {@code overdue=true}; anything else is no filter. */
    public String getOverdueParameter() {
        return overdue ? "true" : null;
    }

    public void setOverdueParameter(String value) {
        this.overdue = "true".equals(value);
    }

    public boolean isDueThisMonth() {
        return dueThisMonth;
    }

    public void setDueThisMonth(boolean dueThisMonth) {
        this.dueThisMonth = dueThisMonth;
    }

    /** The URL's {@code due=this-month}; anything else is no filter. */
    public String getDueParameter() {
        return dueThisMonth ? "this-month" : null;
    }

    public void setDueParameter(String value) {
        this.dueThisMonth = "this-month".equals(value);
    }

    public String getCountry() {
        return country;
    }

    /** A two-letter country code; anything else shows every country. */
    public void setCountry(String country) {
        this.country = ListLinks.countryCode(country);
    }

    public String getCall() {
        return call;
    }

    public void setCall(String call) {
        this.call = ListLinks.given(call);
    }

    public String getState() {
        return state;
    }

    /** Only a known state filters (a link with another value shows every project rather than an error). */
    public void setState(String state) {
        this.state = ListLinks.oneOf(ProjectState.class, state);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
