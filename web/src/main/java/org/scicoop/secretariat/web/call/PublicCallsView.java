package org.scicoop.secretariat.web.call;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.call.entity.PublicPhase;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.boundary.ThemeView;
import org.scicoop.secretariat.web.i18n.LocaleBean;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Published calls for everyone: open, forthcoming, and the archive. Stateless. */
@Named
@RequestScoped
public class PublicCallsView {

    @Inject
    CallService calls;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    LocaleBean locale;

    private Map<PublicPhase, List<CallSummary>> byPhase;
    private Map<String, ThemeView> themes;

    private Map<PublicPhase, List<CallSummary>> byPhase() {
        if (byPhase == null) {
            byPhase = calls.published((org.scicoop.secretariat.call.entity.PublicPhase) null).stream().collect(Collectors.groupingBy(CallSummary::phase));
        }
        return byPhase;
    }

    public List<CallSummary> getOpen() {
        return byPhase().getOrDefault(PublicPhase.OPEN, List.of());
    }

    public List<CallSummary> getForthcoming() {
        return byPhase().getOrDefault(PublicPhase.FORTHCOMING, List.of());
    }

    /** Closed and cancelled calls, the latest deadline first. */
    public List<CallSummary> getArchive() {
        return java.util.stream.Stream.concat(byPhase().getOrDefault(PublicPhase.CLOSED, List.of()).stream(),
                        byPhase().getOrDefault(PublicPhase.CANCELLED, List.of()).stream())
                .sorted(Comparator.comparing(CallSummary::deadline).reversed())
                .toList();
    }

    public List<ThemeView> getThemes() {
        themeName("");
        return themes.values().stream().sorted(Comparator.comparing(t -> t.name(locale.getLocale()))).toList();
    }

    public String themeName(String code) {
        if (themes == null) {
            themes = referenceData.thematicAreas().stream()
                    .collect(Collectors.toMap(ThemeView::code, Function.identity()));
        }
        ThemeView theme = themes.get(code);
        return theme == null ? code : theme.name(locale.getLocale());
    }
}
