package org.scicoop.secretariat.web.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.proposal.boundary.ProposalFigures;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalSummary;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.web.person.CurrentUser;
import org.scicoop.secretariat.web.platform.ListLinks;
import org.scicoop.secretariat.web.platform.PagedLazyModel;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secretariat's list of proposals (officers and administrators: all; national contacts: the
 * submitted ones with a partner from their country, as the service decides): filters above a lazy
 * table, all applied in the database, exports of every filtered row, and the chosen call's figures.
 */
@Named
@ViewScoped
public class ProposalsListView implements Serializable {

    static final List<String> FILTERS = List.of("call", "status", "country", "theme", "text");

    @Inject
    ProposalService proposals;

    @Inject
    CurrentUser user;

    private String call;
    private String status;
    private String country;
    private String theme;
    private String text;
    private PagedLazyModel<ProposalSummary> model;
    private transient List<String> callChoices;
    private transient ProposalFigures figures;
    private String figuresOf;
    private transient ProposalCharts charts;
    private transient ProposalFigures chartsOf;

    /**
     * Members have their own list ("My proposals"); reviewers see no proposals yet. Both are sent
     * where they belong rather than shown a list that would refuse them.
     */
    public void load() throws IOException {
        user.admitToSecretariatList("/app/proposals/index.xhtml");
    }

    public PagedLazyModel<ProposalSummary> getModel() {
        if (model == null) {
            ProposalService service = proposals;
            model = new PagedLazyModel<>(service::list, row -> String.valueOf(row.id()), this::filters);
        }
        return model;
    }

    Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        ListLinks.putIfGiven(filters, "call", call);
        ListLinks.putIfGiven(filters, "status", status);
        ListLinks.putIfGiven(filters, "country", country);
        ListLinks.putIfGiven(filters, "theme", theme);
        ListLinks.putIfGiven(filters, "text", text);
        return filters;
    }

    /** The export of what the filters select, as {@code csv}, {@code xlsx} or {@code pdf}. */
    public String exportUrl(String format) {
        return ListLinks.export(format, filters());
    }

    /** This list as a link (the filters as query parameters), to bookmark or send. */
    public String getLink() {
        return ListLinks.link("list.xhtml", filters());
    }

    public String getCsvExport() {
        return exportUrl("csv");
    }

    public String getXlsxExport() {
        return exportUrl("xlsx");
    }

    public String getPdfExport() {
        return exportUrl("pdf");
    }

    /** Officers and administrators see every proposal and the calls' figures. */
    public boolean isSecretariat() {
        return user.isSecretariat();
    }

    /** A national contact who is not also in the secretariat: the list is their country's. */
    public boolean isCountryView() {
        return user.isCountryView();
    }

    /** The calls to choose from: those with proposals the reader may see, latest deadline first. */
    public List<String> getCalls() {
        if (callChoices == null) {
            callChoices = proposals.callCodes();
        }
        return callChoices;
    }

    /** The chosen call's figures by country and income group; null without a call (or for contacts). */
    public ProposalFigures getFigures() {
        if (call == null || !isSecretariat()) {
            return null;
        }
        if (figures == null || !call.equals(figuresOf)) {
            figures = proposals.figures(call);
            figuresOf = call;
        }
        return figures;
    }

    /** The bars of the chosen call's charts (null without a call), made once per figures. */
    public ProposalCharts getCharts() {
        ProposalFigures current = getFigures();
        if (current == null) {
            return null;
        }
        if (charts == null || chartsOf != current) {
            charts = new ProposalCharts(current);
            chartsOf = current;
        }
        return charts;
    }

    /** The statuses a reader may filter by: national contacts never see drafts. */
    public List<ProposalStatus> getStatuses() {
        return isCountryView() ? List.of(ProposalStatus.SUBMITTED, ProposalStatus.ELIGIBLE, ProposalStatus.INELIGIBLE)
                : List.of(ProposalStatus.values());
    }

    public String getCall() {
        return call;
    }

    /** A call code from a link or the menu; a blank one shows every call. */
    public void setCall(String call) {
        this.call = ListLinks.given(call);
    }

    public String getStatus() {
        return status;
    }

    /** Only a known status filters (a link with another value shows every proposal rather than an error). */
    public void setStatus(String status) {
        this.status = ListLinks.oneOf(ProposalStatus.class, status);
    }

    public String getCountry() {
        return country;
    }

    /** A two-letter country code; anything else shows every country. */
    public void setCountry(String country) {
        this.country = ListLinks.countryCode(country);
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = ListLinks.given(theme);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
