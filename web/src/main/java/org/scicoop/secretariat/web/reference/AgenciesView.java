package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.boundary.AgencyCommand;
import org.scicoop.secretariat.reference.boundary.AgencyRow;
import org.scicoop.secretariat.reference.boundary.FundingAgencyService;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.util.List;

/** Administrators keep the funding agencies: a short list, and one form to create or edit. */
@Named
@ViewScoped
public class AgenciesView implements Serializable {

    private static final String FORM = "agency-form:";

    @Inject
    FundingAgencyService service;

    private Long editing;
    private long version;
    private long commitments;
    @NotBlank
    @Size(max = 30)
    private String acronym;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    private String countryCode;
    @NotBlank
    @Size(min = 3, max = 3)
    private String currency;
    @Size(max = 300)
    private String website;
    private List<AgencyRow> agencies;

    public List<AgencyRow> getAgencies() {
        if (agencies == null) {
            agencies = service.list();
        }
        return agencies;
    }

    public void edit(AgencyRow row) {
        editing = row.id();
        version = row.version();
        commitments = row.commitments();
        acronym = row.acronym();
        name = row.name();
        countryCode = row.countryCode();
        currency = row.currency();
        website = row.website();
    }

    public void startNew() {
        editing = null;
        version = 0;
        commitments = 0;
        acronym = null;
        name = null;
        countryCode = null;
        currency = null;
        website = null;
    }

    public void save() {
        AgencyCommand command = new AgencyCommand(acronym, name, countryCode, currency, website);
        try {
            AgencyRow saved = editing == null ? service.create(command) : service.update(editing, version, command);
            Messages.info(editing == null ? "agencies.created" : "agencies.saved", saved.acronym());
            agencies = null;
            startNew();
        } catch (ConcurrentChange change) {
            Messages.error("reference.concurrentChange");
        } catch (RuleViolation | NotFound refused) {
            Messages.refusedAt(field(refused), refused);
        }
    }

    private static String field(RuntimeException refusal) {
        if (!(refusal instanceof RuleViolation violation)) {
            return null;
        }
        return switch (violation.messageKey()) {
            case "rule.agency.acronymTaken" -> FORM + "acronym";
            case "rule.agency.unknownCurrency", "rule.agency.currencyRequired", "rule.agency.currencyCommitted" ->
                    FORM + "currency";
            case "rule.agency.website" -> FORM + "website";
            case "rule.reference.unknownCountry" -> FORM + "country";
            default -> null;
        };
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** Whether the currency is fixed: the agency has committed budgets in it. */
    public boolean isCurrencyFixed() {
        return commitments > 0;
    }

    public Long getEditing() {
        return editing;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
