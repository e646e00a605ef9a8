package org.scicoop.secretariat.web.reference;

import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.web.platform.Messages;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The skeleton of the administrators' reference-data forms (agencies, organisations, themes,
 * countries): which row is edited (its key and the version read), the form holding what was typed
 * ({@code F}, one class per screen, with its Bean Validation constraints), and saving: create when
 * no row is edited, else update at the version read. Refusals are told the one way: a stale version
 * as "someone else changed it", a broken rule beside the field it is about, a row deleted meanwhile
 * as not found; what was typed stays in the form.
 *
 * @param <K> the key of a row (an id, a country code)
 * @param <F> the screen's form
 */
public final class ReferenceEditor<K extends Serializable, F extends Serializable> implements Serializable {

    /** What a save returned, and whether it created the row. */
    public record Saved<R>(R row, boolean created) {
    }

    private final String formId;
    private final Map<String, String> fieldsByRule;
    private K editing;
    private long version;
    private F form;

    /**
     * @param formId       the client id of the page's form, e.g. {@code agency-form}
     * @param fieldsByRule the field a refusal is shown beside: rule message keys (or their beginnings)
     *                     to input ids, e.g. {@code rule.agency.currency → currency}
     * @param blank        the form of a new row
     */
    public ReferenceEditor(String formId, Map<String, String> fieldsByRule, F blank) {
        this.formId = formId;
        this.fieldsByRule = Map.copyOf(fieldsByRule);
        this.form = blank;
    }

    /** Edits the row {@code key}, read at {@code version}, as {@code filled} shows it. */
    public void edit(K key, long version, F filled) {
        this.editing = key;
        this.version = version;
        this.form = filled;
    }

    /** Back to a new row. */
    public void startNew(F blank) {
        this.editing = null;
        this.version = 0;
        this.form = blank;
    }

    /**
     * Creates a row ({@code create}) when none is edited, else updates the edited one at the version
     * read ({@code update}). Empty when refused: the page then says why.
     */
    public <R> Optional<Saved<R>> save(Supplier<R> create, BiFunction<K, Long, R> update) {
        boolean creating = editing == null;
        return attempt(() -> creating ? create.get() : update.apply(editing, version), true)
                .map(row -> new Saved<>(row, creating));
    }

    /** Updates the edited row at the version read (for screens that only edit, such as countries). */
    public <R> Optional<R> update(BiFunction<K, Long, R> update) {
        return attempt(() -> update.apply(editing, version), true);
    }

    /** Another action on a row (e.g. deactivating a theme), its refusals told the same way, for the page. */
    public <R> Optional<R> act(Supplier<R> action) {
        return attempt(action, false);
    }

    /** Takes the version a row has after another action, when it is the one edited. */
    public void changed(K key, long newVersion) {
        if (key.equals(editing)) {
            version = newVersion;
        }
    }

    private <R> Optional<R> attempt(Supplier<R> action, boolean besideField) {
        try {
            return Optional.of(action.get());
        } catch (ConcurrentChange change) {
            Messages.error("reference.concurrentChange");
        } catch (RuleViolation | NotFound refused) {
            Messages.refusedAt(besideField ? field(refused) : null, refused);
        }
        return Optional.empty();
    }

    private String field(RuntimeException refusal) {
        if (!(refusal instanceof RuleViolation violation)) {
            return null;
        }
        return fieldsByRule.entrySet().stream().filter(rule -> violation.messageKey().startsWith(rule.getKey()))
                .findFirst().map(rule -> formId + ":" + rule.getValue()).orElse(null);
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The key of the edited row; null for a new one. */
    public K getKey() {
        return editing;
    }

    public F getForm() {
        return form;
    }
}
