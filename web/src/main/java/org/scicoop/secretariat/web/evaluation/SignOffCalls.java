package org.scicoop.secretariat.web.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.evaluation.boundary.SignOffService;
import org.scicoop.secretariat.evaluation.boundary.SignOffView;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.web.platform.Messages;

import java.util.List;

/** The calls a national contact signs off ({@code /app/national/index.xhtml}): closed or in evaluation, with partners from their country. */
@Named
@RequestScoped
public class SignOffCalls {

    @Inject
    SignOffService signOff;

    private List<SignOffView.CallLine> calls;

    public List<SignOffView.CallLine> getCalls() {
        if (calls == null) {
            try {
                calls = signOff.calls();
            } catch (RuleViolation noCountry) {
                calls = List.of();
                Messages.refused(noCountry);
            }
        }
        return calls;
    }
}
