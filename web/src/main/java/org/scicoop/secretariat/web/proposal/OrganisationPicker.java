package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.proposal.boundary.NewOrganisation;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory.OrganisationChoice;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.OrganisationType;
import org.scicoop.secretariat.reference.entity.RorId;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Choosing an organisation for a partner: search the organisations the programme knows, or name a
 * new one (name, country, type, optional ROR id). Part of the page's view state; the page's bean
 * asks the directory.
 */
public class OrganisationPicker implements Serializable {

    private String query;
    private List<OrganisationChoice> results = List.of();
    private boolean searched;
    private String name;
    private String countryCode;
    private OrganisationType type = OrganisationType.UNIVERSITY;
    private String rorId;

    public void search(OrganisationDirectory directory) {
        results = query == null || query.isBlank() ? List.of() : directory.search(query.length() > 200
                ? query.substring(0, 200) : query);
        searched = query != null && query.strip().length() >= 2;
    }

    public OrganisationChoice result(long id) {
        return results.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    /** The new organisation typed in, as the service takes it. */
    public NewOrganisation newOrganisation() {
        return new NewOrganisation(name == null ? "" : name.strip(), countryCode, type,
                rorId == null || rorId.isBlank() ? null : rorId.strip());
    }

    /**
     * Whether the new organisation has a name, a country and a type, and a well-formed ROR id if any;
     * otherwise says so beside the field (in the form {@code formId}).
     */
    boolean isNewOrganisationValid(String formId) {
        if (name == null || name.isBlank() || countryCode == null || type == null) {
            Messages.refusedAt(formId + ":org-name", new RuleViolation("proposal.organisation.incomplete"));
            return false;
        }
        try {
            RorId.normalise(rorId);
            return true;
        } catch (RuleViolation refused) {
            Messages.refusedAt(formId + ":org-ror", refused);
            return false;
        }
    }

    public void clear() {
        query = null;
        results = List.of();
        searched = false;
        name = null;
        countryCode = null;
        type = OrganisationType.UNIVERSITY;
        rorId = null;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public List<OrganisationChoice> getResults() {
        return results;
    }

    /** Whether a search of at least two characters found nothing (the page then suggests a new organisation). */
    public boolean isNothingFound() {
        return searched && results.isEmpty();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
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

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getRorId() {
        return rorId;
    }

    public void setRorId(String rorId) {
        this.rorId = rorId;
    }
}
