package org.scicoop.secretariat.web.proposal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.proposal.boundary.NewOrganisation;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory.FundingChoice;
import org.scicoop.secretariat.proposal.boundary.PartnerCommand;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.FundingSource;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A partner as the editor holds it while the applicant types: a saved one (with its id) or a new one
 * (a known organisation, or a new organisation). Its funding is one of {@code options}, the choices
 * the server's rule gives for its country; {@code funding} names the chosen one.
 */
public class PartnerRow implements Serializable {

    private Long id;
    private boolean coordinating;
    private Long organisationId;
    private NewOrganisation newOrganisation;
    private String organisation;
    private String countryCode;
    private boolean developing;
    @Size(max = 200)
    private String piName;
    @Email
    @Size(max = 254)
    private String piEmail;
    private boolean linked;
    private Instant invitedAt;
    private String funding;
    // a negative request or person-months reach the server and are refused at their field (the inputs no longer
    // turn -5 into 0.00)
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 2)
    private BigDecimal requested;
    @DecimalMin("0")
    @DecimalMax("1200")
    @Digits(integer = 4, fraction = 1)
    private BigDecimal personMonths;
    private List<FundingChoice> options = List.of();
    /** The national declarations ticked (texts of the chosen agency's; others are dropped when saved). */
    private List<String> declared = new ArrayList<>();

    static PartnerRow of(ProposalView.PartnerView view, List<FundingChoice> options) {
        PartnerRow row = new PartnerRow();
        row.id = view.id();
        row.coordinating = view.coordinating();
        row.organisationId = view.organisationId();
        row.organisation = view.organisation();
        row.countryCode = view.countryCode();
        row.developing = view.developing();
        row.piName = view.piName();
        row.piEmail = view.piEmail();
        row.linked = view.linked();
        row.invitedAt = view.invitedAt();
        row.funding = key(view.source(), view.agencyId());
        row.requested = view.requested();
        row.personMonths = view.personMonths();
        row.options = options;
        row.declared = new ArrayList<>(view.declarations() == null ? List.of() : view.declarations());
        return row;
    }

    /** A partner not saved yet: a known organisation ({@code organisationId}) or a new one. */
    static PartnerRow added(Long organisationId, NewOrganisation newOrganisation, String name, String countryCode,
                            boolean developing, List<FundingChoice> options) {
        PartnerRow row = new PartnerRow();
        row.organisationId = organisationId;
        row.newOrganisation = newOrganisation;
        row.organisation = name;
        row.countryCode = countryCode;
        row.developing = developing;
        row.options = options;
        row.funding = options.isEmpty() ? null : key(options.get(0));
        row.requested = BigDecimal.ZERO;
        return row;
    }

    /**
     * What the service takes: the funding named only when the country offers a choice; the declarations ticked that
     * the chosen agency asks for (a declaration of another agency, or reworded since, is no longer made).
     */
    PartnerCommand command() {
        FundingChoice choice = getChoice();
        boolean named = options.size() > 1 && choice != null;
        return new PartnerCommand(organisationId, organisationId == null ? newOrganisation : null, piName, piEmail,
                named ? choice.source() : null, named ? choice.agencyId() : null,
                isSelfFunded() ? BigDecimal.ZERO : requested, personMonths,
                getDeclarationsAsked().stream().filter(declared::contains).toList());
    }

    static String key(FundingChoice choice) {
        return key(choice.source(), choice.agencyId());
    }

    static String key(FundingSource source, Long agencyId) {
        if (source == null) {
            return null;
        }
        return source == FundingSource.AGENCY ? "AGENCY:" + agencyId : source.name();
    }

    /** The funding chosen: the option named by {@code funding}, else the default. */
    public FundingChoice getChoice() {
        return options.stream().filter(o -> Objects.equals(key(o), funding)).findFirst()
                .orElse(options.isEmpty() ? null : options.get(0));
    }

    /** The national declarations the chosen funding's agency asks of its partners (none for other funding). */
    public List<String> getDeclarationsAsked() {
        FundingChoice choice = getChoice();
        return choice == null ? List.of() : choice.declarations();
    }

    public List<String> getDeclared() {
        return declared;
    }

    public void setDeclared(List<String> declared) {
        this.declared = declared == null ? new ArrayList<>() : new ArrayList<>(declared);
    }

    public boolean isChoiceOffered() {
        return options.size() > 1;
    }

    public boolean isSelfFunded() {
        FundingChoice choice = getChoice();
        return choice == null || choice.source() == FundingSource.SELF_FUNDED;
    }

    public String getCurrency() {
        FundingChoice choice = getChoice();
        return choice == null ? null : choice.currency();
    }

    public boolean isSaved() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public boolean isCoordinating() {
        return coordinating;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public boolean isDeveloping() {
        return developing;
    }

    public String getPiName() {
        return piName;
    }

    public void setPiName(String piName) {
        this.piName = piName;
    }

    public String getPiEmail() {
        return piEmail;
    }

    public void setPiEmail(String piEmail) {
        this.piEmail = piEmail;
    }

    public boolean isLinked() {
        return linked;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public String getFunding() {
        return funding;
    }

    public void setFunding(String funding) {
        this.funding = funding;
    }

    public BigDecimal getRequested() {
        return requested;
    }

    public void setRequested(BigDecimal requested) {
        this.requested = requested;
    }

    public BigDecimal getPersonMonths() {
        return personMonths;
    }

    public void setPersonMonths(BigDecimal personMonths) {
        this.personMonths = personMonths;
    }

    public List<FundingChoice> getOptions() {
        return options;
    }
}
