package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.boundary.ThemeCommand;
import org.scicoop.secretariat.reference.boundary.ThemeRow;
import org.scicoop.secretariat.reference.boundary.ThematicAreaService;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.util.List;

/** Administrators keep the thematic areas: names in four languages, active or not. */
@Named
@ViewScoped
public class ThemesView implements Serializable {

    private static final String FORM = "theme-form:";

    @Inject
    ThematicAreaService service;

    private Long editing;
    private long version;
    @NotBlank // validated only while the code can be typed: a disabled input is not submitted
    @Size(max = 40)
    private String code;
    @NotBlank
    @Size(max = 120)
    private String en;
    @NotBlank
    @Size(max = 120)
    private String zh;
    @NotBlank
    @Size(max = 120)
    private String fr;
    @NotBlank
    @Size(max = 120)
    private String es;
    private List<ThemeRow> themes;

    public List<ThemeRow> getThemes() {
        if (themes == null) {
            themes = service.list();
        }
        return themes;
    }

    public void edit(ThemeRow row) {
        editing = row.id();
        version = row.version();
        code = row.code();
        en = row.en();
        zh = row.zh();
        fr = row.fr();
        es = row.es();
    }

    public void startNew() {
        editing = null;
        version = 0;
        code = null;
        en = null;
        zh = null;
        fr = null;
        es = null;
    }

    public void save() {
        ThemeCommand names = new ThemeCommand(en, zh, fr, es);
        try {
            ThemeRow saved;
            if (editing == null) {
                saved = service.create(code, names);
            } else {
                saved = service.rename(editing, version, names);
            }
            Messages.info(editing == null ? "themes.created" : "themes.saved", saved.code());
            themes = null;
            startNew();
        } catch (ConcurrentChange change) {
            Messages.error("reference.concurrentChange");
        } catch (RuleViolation | NotFound refused) {
            String key = refused instanceof RuleViolation v ? v.messageKey() : "";
            Messages.refusedAt(key.startsWith("rule.theme.code") ? FORM + "code" : null, refused);
        }
    }

    /** Activates an inactive area, deactivates an active one. */
    public void toggle(ThemeRow row) {
        try {
            ThemeRow saved = service.setActive(row.id(), row.version(), !row.active());
            Messages.info(saved.active() ? "themes.activated" : "themes.deactivated", saved.code());
            if (saved.id().equals(editing)) {
                version = saved.version();
            }
        } catch (ConcurrentChange change) {
            Messages.error("reference.concurrentChange");
        } catch (RuleViolation | NotFound refused) {
            Messages.refused(refused);
        }
        themes = null;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

    public String getZh() {
        return zh;
    }

    public void setZh(String zh) {
        this.zh = zh;
    }

    public String getFr() {
        return fr;
    }

    public void setFr(String fr) {
        this.fr = fr;
    }

    public String getEs() {
        return es;
    }

    public void setEs(String es) {
        this.es = es;
    }
}
