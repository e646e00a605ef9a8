package org.scicoop.secretariat.web.reference;

import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.reference.boundary.ThemeView;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Thematic areas named in the reader's language from their codes; a code no longer known stays as it is. */
public final class ThemeNames implements UnaryOperator<String> {

    private final Map<String, ThemeView> themes;
    private final Locale reader;

    private ThemeNames(Map<String, ThemeView> themes, Locale reader) {
        this.themes = themes;
        this.reader = reader;
    }

    public static ThemeNames of(ReferenceDataService referenceData, Locale reader) {
        return new ThemeNames(referenceData.thematicAreas().stream()
                .collect(Collectors.toMap(ThemeView::code, Function.identity())), reader);
    }

    @Override
    public String apply(String code) {
        ThemeView theme = themes.get(code);
        return theme == null ? code : theme.name(reader);
    }
}
