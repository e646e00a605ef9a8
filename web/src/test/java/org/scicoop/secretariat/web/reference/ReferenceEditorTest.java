package org.scicoop.secretariat.web.reference;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.reference.boundary.ThemeRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceEditorTest {

    private final ReferenceEditor<Long, ThemeForm> editor = new ReferenceEditor<>("theme-form",
            Map.of("rule.theme.code", "code"), new ThemeForm());
    private final List<String> calls = new ArrayList<>();

    @Test
    void withNothingEditedSavingCreates() {
        var saved = editor.save(() -> call("create"), (id, version) -> call("update " + id + " at " + version));

        assertThat(calls).containsExactly("create");
        assertThat(saved).hasValueSatisfying(s -> assertThat(s.created()).isTrue());
    }

    @Test
    void anEditedRowIsUpdatedAtTheVersionRead() {
        editor.edit(7L, 3, new ThemeForm());

        var saved = editor.save(() -> call("create"), (id, version) -> call("update " + id + " at " + version));

        assertThat(calls).containsExactly("update 7 at 3");
        assertThat(saved).hasValueSatisfying(s -> assertThat(s.created()).isFalse());
        assertThat(editor.isEditing()).isTrue();
    }

    @Test
    void anotherActionOnTheEditedRowMovesTheVersionTheNextSaveSends() {
        editor.edit(7L, 3, new ThemeForm());
        editor.changed(8L, 10);
        editor.changed(7L, 4);

        editor.update((id, version) -> call("update " + id + " at " + version));

        assertThat(calls).containsExactly("update 7 at 4");
    }

    @Test
    void startingNewForgetsTheRowAndTakesTheBlankForm() {
        ThemeForm blank = new ThemeForm();
        editor.edit(7L, 3, ThemeForm.of(new ThemeRow(7L, "CLIMATE",
                "Climate", "气候", "Climat", "Clima", true, 3, 0)));

        editor.startNew(blank);

        assertThat(editor.isEditing()).isFalse();
        assertThat(editor.getKey()).isNull();
        assertThat(editor.getForm()).isSameAs(blank);
    }

    private String call(String what) {
        calls.add(what);
        return what;
    }
}
