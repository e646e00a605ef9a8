package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.web.platform.Pages;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallView;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.boundary.CreateProposal;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory.OrganisationChoice;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.IOException;
import java.io.Serializable;

/**
 * Applying to a call ({@code ?call=CODE}): the proposal's acronym and the coordinator's organisation
 * (a known one, or a new one); creates the draft and opens the editor.
 */
@Named
@ViewScoped
public class NewProposalView implements Serializable {

    @Inject
    CallService calls;

    @Inject
    ProposalService proposals;

    @Inject
    OrganisationDirectory directory;

    private String callCode;
    private CallView call;
    private String acronym;
    private Long organisationId;
    private OrganisationChoice organisation;
    private boolean newOrganisation;
    private final OrganisationPicker picker = new OrganisationPicker();

    public void load() throws IOException {
        if (call != null) {
            return;
        }
        try {
            call = Pages.given(callCode) ? calls.publishedCall(callCode) : null;
        } catch (NotFound unknown) {
            call = null;
        }
        if (call == null) {
            Pages.notFound("call");
        }
    }

    public void searchOrganisations() {
        picker.search(directory);
    }

    public void pickOrganisation(long id) {
        OrganisationChoice chosen = picker.result(id);
        if (chosen != null) {
            organisation = chosen;
            organisationId = chosen.id();
            newOrganisation = false;
        }
    }

    public void pickNewOrganisation() {
        if (!picker.isNewOrganisationValid("new-form")) {
            return;
        }
        newOrganisation = true;
        organisation = null;
        organisationId = null;
    }

    public String create() {
        if (!newOrganisation && organisationId == null) {
            Messages.refusedAt("new-form:organisation-query", new RuleViolation("rule.proposal.organisationRequired"));
            return null;
        }
        try {
            ProposalView created = proposals.create(new CreateProposal(call.code(),
                    acronym == null ? "" : acronym.strip(), newOrganisation ? null : organisationId,
                    newOrganisation ? picker.newOrganisation() : null));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("proposal.created", created.content().acronym());
            return "/app/proposals/proposal.xhtml?faces-redirect=true&id=" + created.id();
        } catch (RuleViolation refused) {
            return failed(refused);
        } catch (NotFound refused) {
            Messages.refused(refused);
            return null;
        } catch (EJBException invalid) {
            Messages.invalid(invalid, "proposal.invalidInput");
            return null;
        }
    }

    private String failed(RuleViolation refused) {
        String field = refused.messageKey().startsWith("rule.organisation.") ? "new-form:org-ror" : null;
        Messages.refusedAt(field, refused);
        return null;
    }

    /** What the organisation picker updates after a choice: the choice and the messages, not what was typed. */
    public String getPickerTargets() {
        return ":new-form:chosen :new-form:new-chosen :new-form:messages :new-form:organisation-results :new-form:new-organisation-fields";
    }

    public CallView getCall() {
        return call;
    }

    public String getCallCode() {
        return callCode;
    }

    public void setCallCode(String callCode) {
        this.callCode = callCode;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public OrganisationChoice getOrganisation() {
        return organisation;
    }

    public boolean isNewOrganisation() {
        return newOrganisation;
    }

    public OrganisationPicker getPicker() {
        return picker;
    }
}
