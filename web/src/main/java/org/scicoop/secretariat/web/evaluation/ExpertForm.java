package org.scicoop.secretariat.web.evaluation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.evaluation.boundary.ExpertCommand;
import org.scicoop.secretariat.evaluation.boundary.ExpertInvitation;
import org.scicoop.secretariat.evaluation.boundary.ExpertView;
import org.scicoop.secretariat.evaluation.entity.Expert;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An expert as an officer types them on the pool's page: to invite (name, e-mail, country, organisation, themes,
 * the language of the e-mails), to add with an existing reviewer's account (its username) or to correct. The
 * organisation is found by a search of the known ones ({@link #getOrganisations()} holds the matches to choose from).
 */
public class ExpertForm implements Serializable {

    /** An organisation to choose: its id and how it is shown. */
    public record Organisation(long id, String label) implements Serializable {
    }

    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._@-]*")
    private String username;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Email
    @Size(max = 254)
    private String email;
    private Long organisationId;
    @Size(max = 200)
    private String organisationQuery;
    private List<Organisation> organisations = List.of();
    @NotNull
    private String country;
    @Size(max = Expert.MAX_THEMES)
    private List<String> themes = new ArrayList<>();
    @NotNull
    private String language = "en";

    static ExpertForm of(ExpertView expert) {
        ExpertForm form = new ExpertForm();
        form.username = expert.username();
        form.name = expert.name();
        form.email = expert.email();
        form.organisationId = expert.organisationId();
        form.organisations = expert.organisationId() == null ? List.of()
                : List.of(new Organisation(expert.organisationId(), expert.organisation()));
        form.country = expert.country();
        form.themes = new ArrayList<>(expert.expertise());
        return form;
    }

    ExpertCommand command() {
        return new ExpertCommand(username == null ? "" : username.strip(), name, email, organisationId, country,
                List.copyOf(themes));
    }

    ExpertInvitation invitation() {
        return new ExpertInvitation(name, email, organisationId, country, List.copyOf(themes), language);
    }

    /** The matches of a search, keeping the organisation chosen before (so a search never drops it silently). */
    void found(List<Organisation> matches) {
        List<Organisation> choices = new ArrayList<>(matches);
        organisations.stream().filter(o -> organisationId != null && o.id() == organisationId
                && choices.stream().noneMatch(m -> m.id() == o.id())).forEach(choices::add);
        organisations = List.copyOf(choices);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getOrganisationQuery() {
        return organisationQuery;
    }

    public void setOrganisationQuery(String organisationQuery) {
        this.organisationQuery = organisationQuery;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
