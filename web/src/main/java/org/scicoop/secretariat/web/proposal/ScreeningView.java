package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.web.platform.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.web.platform.Messages;

import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.web.person.CurrentUser;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.IOException;
import java.io.Serializable;

/**
 * The eligibility screening of one proposal (request parameter {@code id}): its result for everyone
 * who may read the proposal, and for officers after the deadline the decision — eligible, or
 * ineligible with the reasons the coordinator will read.
 */
@Named
@ViewScoped
public class ScreeningView implements Serializable {

    static final String REASONS_FIELD = "screening-form:screening-reasons";

    @Inject
    ProposalService proposals;

    @Inject
    CurrentUser user;

    private Long id;
    private ProposalView proposal;
    private boolean loaded;
    private Boolean eligible;
    private String reasons;

    /** The proposal of the request's {@code id}; null when there is none the reader may see. */
    public ProposalView getProposal() {
        if (!loaded) {
            loaded = true;
            id = requestedId();
            if (id != null) {
                try {
                    proposal = proposals.get(id);
                    // a second screening starts from the first decision, with new reasons
                    eligible = proposal.status() == ProposalStatus.ELIGIBLE ? Boolean.TRUE
                            : proposal.status() == ProposalStatus.INELIGIBLE ? Boolean.FALSE : null;
                } catch (NotFound | jakarta.ejb.EJBAccessException unknown) {
                    proposal = null;
                }
            }
        }
        return proposal;
    }

    private static Long requestedId() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    /** Whether the proposal has been screened (its result is then shown to all its readers). */
    public boolean isScreened() {
        ProposalView current = getProposal();
        return current != null && (current.status() == ProposalStatus.ELIGIBLE
                || current.status() == ProposalStatus.INELIGIBLE);
    }

    public boolean isMayScreen() {
        ProposalView current = getProposal();
        return current != null && current.rights().screen();
    }

    /**
     * Records the decision. A refusal (no reasons for an ineligible proposal, a change by someone
     * else meanwhile) is said beside the field or on the page, and what the officer typed stays.
     * Done: the page is loaded again, so that every part of it shows the new status.
     */
    public String screen() {
        if (getProposal() == null) {
            Messages.refused(new NotFound("proposal"));
            return null;
        }
        if (eligible == null) {
            Messages.refusedAt("screening-form:screening-decision", new RuleViolation("screening.decisionRequired"));
            return null;
        }
        try {
            proposal = proposals.screen(id, proposal.version(), eligible, reasons == null ? null : reasons.strip());
        } catch (RuleViolation refused) {
            Messages.refusedAt("rule.proposal.reasonsRequired".equals(refused.messageKey()) ? REASONS_FIELD : null,
                    refused);
            return null;
        } catch (ConcurrentChange | NotFound refused) {
            Messages.refused(refused);
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(eligible ? "screening.done.eligible" : "screening.done.ineligible", proposal.content().acronym());
        return context.getViewRoot().getViewId() + "?faces-redirect=true&id=" + id;
    }

    /** The screening page of a proposal the reader may not see (or of none) is a 404, like the proposal. */
    public void requireReadable() throws IOException {
        if (getProposal() == null) {
            Pages.notFound("proposal");
        }
    }

    /** Where the reader's list of proposals is: members have their own. */
    public String getListPath() {
        return isMember() ? "/app/proposals/index.xhtml" : "/app/proposals/list.xhtml?call=" + getProposal().callCode();
    }

    public String getListTitle() {
        return Texts.of(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                isMember() ? "screening.page.myProposals" : "proposals.list.title");
    }

    private boolean isMember() {
        return user.hasRole(Roles.CONSORTIUM_MEMBER) && !user.hasRole(Roles.PROGRAMME_OFFICER)
                && !user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.NATIONAL_CONTACT);
    }

    public Long getId() {
        getProposal();
        return id;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public void setEligible(Boolean eligible) {
        this.eligible = eligible;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
