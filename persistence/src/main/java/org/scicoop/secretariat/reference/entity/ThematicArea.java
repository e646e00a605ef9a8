package org.scicoop.secretariat.reference.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.util.Locale;

/** A global challenge the programme funds research on, named in each interface language. */
@Entity
@Cacheable
@Audited
@Table(name = "thematic_area")
public class ThematicArea {

    private static final String NAME = "themes.name";

    /** Codes are upper-case words joined by underscores, e.g. {@code CLIMATE_CHANGE}. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 40)
    private String code;

    @NotBlank
    @Size(max = 120)
    @Column(name = "name_en")
    private String nameEn;

    @NotBlank
    @Size(max = 120)
    @Column(name = "name_zh")
    private String nameZh;

    @NotBlank
    @Size(max = 120)
    @Column(name = "name_fr")
    private String nameFr;

    @NotBlank
    @Size(max = 120)
    @Column(name = "name_es")
    private String nameEs;

    private boolean active = true;

    @Version
    private long version;

    protected ThematicArea() {
    }

    public ThematicArea(String code, String nameEn, String nameZh, String nameFr, String nameEs) {
        RuleViolation.require(code != null && code.length() <= 40 && code.matches(CODE_PATTERN),
                "rule.theme.codePattern", code);
        this.code = code;
        rename(nameEn, nameZh, nameFr, nameEs);
    }

    /** Names the area in the programme's four languages; every name is required. */
    public void rename(String en, String zh, String fr, String es) {
        for (String name : new String[] {en, zh, fr, es}) {
            RuleViolation.require(name != null && !name.isBlank(), "rule.theme.namesRequired");
        }
        this.nameEn = PlainText.requiredLine(en, NAME);
        this.nameZh = PlainText.requiredLine(zh, NAME);
        this.nameFr = PlainText.requiredLine(fr, NAME);
        this.nameEs = PlainText.requiredLine(es, NAME);
    }

    /**
     * A deactivated area is no longer offered for new calls; calls that have it keep it and still
     * show it.
     */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** The name in the reader's language; English for any language the programme does not translate. */
    public String name(Locale locale) {
        return inLanguage(locale, nameEn, nameZh, nameFr, nameEs);
    }

    /** Picks the text of the reader's language among the programme's four. */
    public static String inLanguage(Locale locale, String en, String zh, String fr, String es) {
        return switch (locale.getLanguage()) {
            case "zh" -> zh;
            case "fr" -> fr;
            case "es" -> es;
            default -> en;
        };
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEs() {
        return nameEs;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThematicArea other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }
}
