package org.scicoop.secretariat.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.person.boundary.People;
import org.scicoop.secretariat.person.boundary.PersonAccount;
import org.scicoop.secretariat.person.boundary.PersonService;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.boundary.Unavailable;
import org.scicoop.secretariat.web.platform.ListLinks;
import org.scicoop.secretariat.web.platform.PagedLazyModel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrators' list of people: everyone the application knows, with the roles, country, state and second
 * factor Keycloak gives them now, and a link to each in the realm's admin console (which stays the place where
 * they are changed). When Keycloak cannot be asked, the people are still listed and the page says so.
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    @Inject
    PersonService service;

    private String filterText;
    private String filterRole;
    private String filterCountry;
    /** The message key of what the page says about Keycloak above the table, or null when Keycloak answered. */
    private String keycloakNotice;
    private PagedLazyModel<PersonAccount> model;

    public PagedLazyModel<PersonAccount> getModel() {
        if (model == null) {
            model = new PagedLazyModel<>(this::page, PersonAccount::keycloakId, this::filters);
        }
        return model;
    }

    private Page<PersonAccount> page(PageRequest request) {
        try {
            People people = service.people(request);
            keycloakNotice = people.keycloakAnswered() ? null : "people.keycloak.unavailable";
            return people.page();
        } catch (Unavailable keycloakDown) {
            // only the role filter needs Keycloak for the list itself
            keycloakNotice = keycloakDown.messageKey();
            return new Page<>(List.of(), 0);
        }
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        ListLinks.putIfGiven(filters, "text", filterText);
        ListLinks.putIfGiven(filters, "role", filterRole);
        ListLinks.putIfGiven(filters, "country", filterCountry);
        return filters;
    }

    public List<String> getRoles() {
        return Roles.ALL;
    }

    public String getKeycloakNotice() {
        return keycloakNotice;
    }

    public String getFilterText() {
        return filterText;
    }

    public void setFilterText(String filterText) {
        this.filterText = filterText;
    }

    public String getFilterRole() {
        return filterRole;
    }

    public void setFilterRole(String filterRole) {
        this.filterRole = filterRole;
    }

    public String getFilterCountry() {
        return filterCountry;
    }

    public void setFilterCountry(String filterCountry) {
        this.filterCountry = filterCountry;
    }
}
