package org.scicoop.secretariat.reference.boundary;

import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.io.Serializable;
import java.util.Locale;

/** A thematic area with its name in each interface language. */
public record ThemeView(String code, String en, String zh, String fr, String es, boolean active)
        implements Serializable {

    public String name(Locale locale) {
        return ThematicArea.inLanguage(locale, en, zh, fr, es);
    }
}
