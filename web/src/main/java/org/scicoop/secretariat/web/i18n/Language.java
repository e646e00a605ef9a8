package org.scicoop.secretariat.web.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The interface languages, each with the locale code Keycloak's login theme uses for it. */
public enum Language {
    EN("en", "en", "English"),
    ZH("zh", "zh-Hans", "中文"),
    FR("fr", "fr", "Français"),
    ES("es", "es", "Español");

    public static final Language DEFAULT = EN;

    private final String code;
    private final String keycloakLocale;
    private final String nativeName;

    Language(String code, String keycloakLocale, String nativeName) {
        this.code = code;
        this.keycloakLocale = keycloakLocale;
        this.nativeName = nativeName;
    }

    public static Optional<Language> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
    }

    /** The best supported language for an {@code Accept-Language} header, or the default. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<String> supported = Arrays.stream(values()).map(Language::code).toList();
            String match = Locale.lookupTag(ranges, supported);
            if (match != null) {
                return byCode(match).orElse(DEFAULT);
            }
            for (Locale.LanguageRange range : ranges) {
                Optional<Language> language = byCode(range.getRange());
                if (language.isPresent()) {
                    return language.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        return DEFAULT;
    }

    public String code() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getKeycloakLocale() {
        return keycloakLocale;
    }

    public String getNativeName() {
        return nativeName;
    }

    public Locale locale() {
        return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(code);
    }
}
