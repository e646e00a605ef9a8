package org.scicoop.secretariat.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The current request's language, and links that switch it while staying on the same page. */
@Named("localeBean")
@RequestScoped
public class LocaleBean {

    @Inject
    HttpServletRequest request;

    public Language getLanguage() {
        return LanguageFilter.of(request);
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    /** The value of the {@code lang} attribute of the page: a BCP 47 tag. */
    public String getLanguageTag() {
        return getLanguage() == Language.ZH ? "zh-Hans" : getLanguage().code();
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /** The page being shown, with the same query but another language. */
    public String switchTo(Language language) {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        if (uri == null) {
            uri = request.getRequestURI();
        }
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap();
        String query = parameters.entrySet().stream()
                .filter(e -> !e.getKey().equals(LanguageFilter.PARAMETER) && !e.getKey().startsWith("jakarta.faces"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return uri + "?" + (query.isEmpty() ? "" : query + "&") + LanguageFilter.PARAMETER + "=" + language.code();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
