package org.scicoop.secretariat.web.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.scicoop.secretariat.proposal.boundary.ProposalCommand;
import org.scicoop.secretariat.proposal.boundary.ProposalView;

import java.io.Serializable;

/** The call step of the proposal page: the proposal's own text as the coordinator types it, kept until saved. */
public class ProposalText implements Serializable {

    private String acronym;
    private String title;
    private String abstractText;
    private String keywords;
    // a duration no project can have is refused at its field (the input no longer drops what it cannot hold)
    @Min(1)
    @Max(120)
    private Integer durationMonths;

    static ProposalText of(ProposalView.Content content) {
        ProposalText text = new ProposalText();
        text.acronym = content.acronym();
        text.title = content.title();
        text.abstractText = content.abstractText();
        text.keywords = content.keywords();
        text.durationMonths = content.durationMonths();
        return text;
    }

    ProposalCommand command() {
        return new ProposalCommand(acronym == null ? "" : acronym.strip(), title, abstractText, keywords,
                durationMonths);
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }
}
