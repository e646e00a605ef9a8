package org.scicoop.secretariat.web.call;

import org.scicoop.secretariat.web.platform.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallView;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.web.i18n.LocaleBean;

import java.io.IOException;
import java.util.List;

/** One published call, for everyone ({@code ?code=}). Stateless; an unknown code is a 404 page. */
@Named
@RequestScoped
public class PublicCallView {

    @Inject
    CallService calls;

    @Inject
    LocaleBean locale;

    private CallView call;

    /** Before anything is rendered: a missing, empty, unknown or unpublished code is the 404 page. */
    public void load() throws IOException {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        try {
            call = Pages.given(code) ? calls.publishedCall(code) : null;
        } catch (NotFound unknown) {
            call = null;
        }
        if (call == null) {
            Pages.notFound("call");
        }
    }

    public CallView getCall() {
        return call;
    }

    /** The countries whose agencies fund partners in this call, in the reader's language, sorted. */
    public List<String> getFundingCountries() {
        CallView current = getCall();
        if (current == null) {
            return List.of();
        }
        return current.commitments().stream().map(CallView.CommitmentView::country).distinct()
                .map(code -> Country.displayName(code, code, locale.getLocale()))
                .sorted(java.text.Collator.getInstance(locale.getLocale()))
                .toList();
    }

    public String countryName(String code) {
        return Country.displayName(code, code, locale.getLocale());
    }
}
