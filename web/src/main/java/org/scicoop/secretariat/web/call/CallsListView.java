package org.scicoop.secretariat.web.call;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.view.ViewScoped;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.web.platform.ListLinks;
import org.scicoop.secretariat.web.platform.PagedLazyModel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The officers' list of calls: filters above a lazy table, all applied in the database. */
@Named
@ViewScoped
public class CallsListView implements Serializable {

    @Inject
    CallService calls;

    private String status;
    private String theme;
    private Integer year;
    private String text;
    private PagedLazyModel<CallSummary> model;

    public PagedLazyModel<CallSummary> getModel() {
        if (model == null) {
            CallService service = calls;
            model = new PagedLazyModel<>(service::list, CallSummary::code, this::filters);
        }
        return model;
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        putIfPresent(filters, "status", status);
        putIfPresent(filters, "theme", theme);
        putIfPresent(filters, "year", year == null ? null : year.toString());
        putIfPresent(filters, "text", text);
        return filters;
    }

    private static void putIfPresent(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }

    /** The export of what the filters select, as {@code csv}, {@code xlsx} or {@code pdf}. */
    public String exportUrl(String format) {
        return ListLinks.export(format, filters());
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

    public List<CallStatus> getStatuses() {
        return List.of(CallStatus.values());
    }

    public String getStatus() {
        return status;
    }

    /** Only a known status filters (a link with another value shows every call rather than an error). */
    public void setStatus(String status) {
        this.status = Arrays.stream(CallStatus.values()).map(CallStatus::name).anyMatch(name -> name.equals(status))
                ? status : null;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** The year from a link: ignored unless it is a plausible year. */
    public String getYearParameter() {
        return year == null ? null : year.toString();
    }

    public void setYearParameter(String year) {
        this.year = year != null && year.matches("(19|20|21)\\d\\d") ? Integer.valueOf(year) : null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
