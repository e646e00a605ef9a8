package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.reference.boundary.FundingAgencyService;
import org.scicoop.secretariat.reference.boundary.NationalRulesView;
import org.scicoop.secretariat.reference.entity.OrganisationType;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A national contact (or an administrator) keeps their agencies' national eligibility rules: the organisation
 * types funded, the most one partner may request, the longest project, the declarations partners make. Proposals
 * are checked against them with the call's rules from their next save.
 */
@Named
@ViewScoped
public class NationalRulesPage implements Serializable {

    @Inject
    FundingAgencyService service;

    private List<NationalRulesView> agencies;
    private NationalRulesView read;

    private final ReferenceEditor<Long, NationalRulesForm> editor = new ReferenceEditor<>("rules-form",
            Map.of("rule.national.maxRequest", "max-request", "rule.national.maxDuration", "max-duration",
                    "rule.national.declaration", "declarations", "rule.national.tooManyDeclarations", "declarations",
                    "national.field.declaration", "declarations"),
            new NationalRulesForm());

    public List<NationalRulesView> getAgencies() {
        if (agencies == null) {
            agencies = service.keptNationalRules();
        }
        return agencies;
    }

    public void edit(NationalRulesView rules) {
        read = rules;
        editor.edit(rules.agencyId(), rules.version(), NationalRulesForm.of(rules));
    }

    public void cancel() {
        read = null;
        editor.startNew(new NationalRulesForm());
    }

    public void save() {
        NationalRulesForm form = editor.getForm();
        editor.update((id, version) -> service.setNationalRules(id, version, form.rules(read)))
                .ifPresent(saved -> {
                    Messages.info("nationalRules.saved", saved.agency());
                    agencies = null;
                    cancel();
                });
    }

    public List<OrganisationType> getTypes() {
        return List.of(OrganisationType.values());
    }

    public boolean isEditing() {
        return editor.isEditing();
    }

    public NationalRulesView getRead() {
        return read;
    }

    public NationalRulesForm getForm() {
        return editor.getForm();
    }
}
