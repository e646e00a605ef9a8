package org.scicoop.secretariat.web.call;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.call.boundary.PublicSlice;
import org.scicoop.secretariat.call.entity.PublicPhase;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.boundary.ThemeView;
import org.scicoop.secretariat.web.i18n.LocaleBean;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Inject
    HttpServletRequest request;

    /** Calls on one page of each section: a crawler walks the pages, nobody gets ten thousand cards. */
    static final int PAGE_SIZE = 20;

    private final Map<String, Section> sections = new HashMap<>();
    private Map<String, ThemeView> themes;

    /**
     * One page of a section of the public list, numbered from 1 as its {@code ?open=}, {@code ?forthcoming=}
     * or {@code ?archive=} parameter says; a page past the end shows the last.
     */
    public record Section(String name, List<CallSummary> calls, int page, int pages) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** The three sections, read in one service call (one transaction) the first time a page asks. */
    private Section section(String name) {
        if (sections.isEmpty()) {
            Map<String, Set<PublicPhase>> phases = new LinkedHashMap<>();
            phases.put("open", EnumSet.of(PublicPhase.OPEN));
            phases.put("forthcoming", EnumSet.of(PublicPhase.FORTHCOMING));
            phases.put("archive", EnumSet.of(PublicPhase.CLOSED, PublicPhase.CANCELLED));
            List<String> names = List.copyOf(phases.keySet());
            List<Page<CallSummary>> pages = calls.published(names.stream()
                    .map(key -> new PublicSlice(phases.get(key), (pageParameter(key) - 1) * PAGE_SIZE, PAGE_SIZE))
                    .toList());
            for (int i = 0; i < names.size(); i++) {
                Page<CallSummary> page = pages.get(i);
                int count = (int) Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
                sections.put(names.get(i), new Section(names.get(i), page.rows(),
                        Math.min(pageParameter(names.get(i)), count), count));
            }
        }
        return sections.get(name);
    }

    private int pageParameter(String name) {
        String value = request.getParameter(name);
        return value != null && value.matches("[1-9]\\d{0,5}") ? Integer.parseInt(value) : 1;
    }

    public Section getOpenSection() {
        return section("open");
    }

    public Section getForthcomingSection() {
        return section("forthcoming");
    }

    /** Closed and cancelled calls, the latest deadline first. */
    public Section getArchiveSection() {
        return section("archive");
    }

    public List<CallSummary> getOpen() {
        return getOpenSection().calls();
    }

    public List<CallSummary> getForthcoming() {
        return getForthcomingSection().calls();
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
