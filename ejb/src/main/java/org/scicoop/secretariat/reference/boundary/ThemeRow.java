package org.scicoop.secretariat.reference.boundary;

import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.io.Serializable;
import java.util.Locale;

/** A thematic area as administrators edit it, with how many calls have it. */
public record ThemeRow(Long id, String code, String en, String zh, String fr, String es, boolean active,
                       long version, long calls) implements Serializable {

    public String name(Locale locale) {
        return ThematicArea.inLanguage(locale, en, zh, fr, es);
    }
}
