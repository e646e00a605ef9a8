package org.scicoop.secretariat.web.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalSummary;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.PagedLazyModel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** "My proposals": the proposals of the consortia the member belongs to, a lazy table filtered on the server. */
@Named
@ViewScoped
public class MyProposalsView implements Serializable {

    @Inject
    ProposalService proposals;

    @Inject
    LocaleBean locale;

    private String status;
    private String text;
    private PagedLazyModel<ProposalSummary> model;

    public PagedLazyModel<ProposalSummary> getModel() {
        if (model == null) {
            ProposalService service = proposals;
            model = new PagedLazyModel<>(service::list, summary -> Long.toString(summary.id()), this::filters);
        }
        return model;
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        if (status != null) {
            filters.put("status", status);
        }
        if (text != null && !text.isBlank()) {
            filters.put("text", text);
        }
        return filters;
    }

    /** The partners' countries, named in the reader's language. */
    public String countries(ProposalSummary summary) {
        return summary.countries().stream().map(code -> Country.displayName(code, code, locale.getLocale()))
                .collect(Collectors.joining(", "));
    }

    public List<ProposalStatus> getStatuses() {
        return List.of(ProposalStatus.values());
    }

    public String getStatus() {
        return status;
    }

    /** Only a known status filters. */
    public void setStatus(String status) {
        this.status = Arrays.stream(ProposalStatus.values()).map(Enum::name).anyMatch(n -> n.equals(status))
                ? status : null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
