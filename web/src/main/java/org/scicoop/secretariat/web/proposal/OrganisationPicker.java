package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.boundary.NewOrganisation;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory.OrganisationChoice;
import org.scicoop.secretariat.reference.entity.OrganisationType;
import org.scicoop.secretariat.reference.entity.RorId;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.reference.OrganisationFields;

import java.io.Serializable;
import java.util.List;

/**
 * Choosing an organisation for a partner: search the organisations the programme knows, or name a
 * new one ({@link OrganisationFields}, as administrators do: name, country, type, optional ROR id).
 * Part of the page's view state; the page's bean asks the directory.
 */
public class OrganisationPicker implements Serializable {

    private String query;
    private List<OrganisationChoice> results = List.of();
    private boolean searched;
    private OrganisationFields organisation = new OrganisationFields(OrganisationType.UNIVERSITY);

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
        String name = organisation.getName();
        String rorId = organisation.getRorId();
        return new NewOrganisation(name == null ? "" : name.strip(), organisation.getCountryCode(),
                organisation.getType(), rorId == null || rorId.isBlank() ? null : rorId.strip());
    }

    /**
     * Whether the new organisation has a name, a country and a type, and a well-formed ROR id if any;
     * otherwise says so beside the field (in the form {@code formId}).
     */
    boolean isNewOrganisationValid(String formId) {
        if (!organisation.isComplete()) {
            Messages.refusedAt(formId + ":org-name", new RuleViolation("proposal.organisation.incomplete"));
            return false;
        }
        try {
            RorId.normalise(organisation.getRorId());
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
        organisation = new OrganisationFields(OrganisationType.UNIVERSITY);
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

    /** The new organisation being named. */
    public OrganisationFields getOrganisation() {
        return organisation;
    }
}
