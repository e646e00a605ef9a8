package org.scicoop.secretariat.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.reference.boundary.ThemeCommand;
import org.scicoop.secretariat.reference.boundary.ThemeRow;
import org.scicoop.secretariat.reference.boundary.ThematicAreaService;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Administrators keep the thematic areas: names in four languages, active or not. */
@Named
@ViewScoped
public class ThemesView implements Serializable {

    @Inject
    ThematicAreaService service;

    private final ReferenceEditor<Long, ThemeForm> editor = new ReferenceEditor<>("theme-form",
            Map.of("rule.theme.code", "code"), new ThemeForm());
    private List<ThemeRow> themes;

    public List<ThemeRow> getThemes() {
        if (themes == null) {
            themes = service.list();
        }
        return themes;
    }

    public void edit(ThemeRow row) {
        editor.edit(row.id(), row.version(), ThemeForm.of(row));
    }

    public void startNew() {
        editor.startNew(new ThemeForm());
    }

    public void save() {
        String code = editor.getForm().getCode();
        ThemeCommand names = editor.getForm().names();
        editor.save(() -> service.create(code, names), (id, version) -> service.rename(id, version, names))
                .ifPresent(saved -> {
                    Messages.info(saved.created() ? "themes.created" : "themes.saved", saved.row().code());
                    themes = null;
                    startNew();
                });
    }

    /** Activates an inactive area, deactivates an active one. */
    public void toggle(ThemeRow row) {
        editor.act(() -> service.setActive(row.id(), row.version(), !row.active())).ifPresent(saved -> {
            Messages.info(saved.active() ? "themes.activated" : "themes.deactivated", saved.code());
            editor.changed(saved.id(), saved.version());
        });
        themes = null;
    }

    public boolean isEditing() {
        return editor.isEditing();
    }

    public ThemeForm getForm() {
        return editor.getForm();
    }
}
