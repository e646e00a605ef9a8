package org.scicoop.secretariat.platform.control;

import jakarta.persistence.EntityManager;
import org.scicoop.secretariat.audit.entity.AuditRevision;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one history reader over Envers' audit tables (issue 14): a thing's history is a set of {@link Track}s — its own
 * audit table and those of its parts (partners, milestones, reports, attachments) — each read with one statement for
 * the whole history; each part's rows are compared revision by revision, and the changes of every track are grouped by
 * revision, newest first, with who made the revision and when. Values are what the tables hold, turned by each field's
 * converter into what readers read (enums, days, instants, plain text); nothing, a blank text and an empty collection
 * count as the same "nothing".
 */
public final class AuditTrail {

    private static final int ADD = 0;
    private static final int DEL = 2;

    private AuditTrail() {
    }

    /** A column of a track: its key in the history and how the table's value becomes the value readers read. */
    public record Field(String name, Function<Object, Object> value) {

        public static Field of(String name) {
            return new Field(name, AuditTrail::plain);
        }

        public static Field of(String name, Function<Object, Object> value) {
            return new Field(name, raw -> raw == null ? null : value.apply(plain(raw)));
        }
    }

    /**
     * One audit table read for one owner. {@code sql} selects, for the owner given as {@code ?1}: the revision, the
     * revision type, the row's id, the part's name (null for the thing itself), then the {@code fields} in order.
     * The thing itself ({@code part} null) lists every field it had when created; a part's creation and removal are
     * one line each, named {@code part}, and its changes are {@code part.field}. {@code version}, when set, names the
     * field that numbers the part's versions (a report's), {@code notes} the fields said with another
     * ({@code dueDate → moveReason}), and {@code visible} which of the part's states the reader may see (a reader who
     * may not see drafts sees none of a draft's changes).
     */
    public record Track(String part, String sql, List<Field> fields, String version, Map<String, String> notes,
                        Set<String> onAdd, Predicate<Map<String, Object>> visible) {

        public Track {
            fields = List.copyOf(fields);
            notes = Map.copyOf(notes);
            onAdd = Set.copyOf(onAdd);
        }

        public static Track of(String part, String sql, Field... fields) {
            return new Track(part, sql, List.of(fields), null, Map.of(), Set.of(), row -> true);
        }

        public Track versioned(String versionField) {
            return new Track(part, sql, fields, versionField, notes, onAdd, visible);
        }

        public Track noting(String field, String noteField) {
            Map<String, String> more = new HashMap<>(notes);
            more.put(field, noteField);
            return new Track(part, sql, fields, version, more, onAdd, visible);
        }

        /** Fields a part is worth reading with when it is added (a report's first narrative), beside "added". */
        public Track tellingOnAdd(String... added) {
            return new Track(part, sql, fields, version, notes, Set.of(added), visible);
        }

        public Track visibleWhen(Predicate<Map<String, Object>> condition) {
            return new Track(part, sql, fields, version, notes, onAdd, condition);
        }
    }

    /** One audited row: its revision and type, its id, its name, the fields' values (converted). */
    public record Row(long revision, int type, Object id, String subject, Map<String, Object> values) {
    }

    /**
     * The history of the owner {@code owner} over {@code tracks}, newest first; {@code names} gives the display names of
     * the usernames met (one query), a username without one is shown as it is.
     */
    public static List<Change> history(EntityManager em, Object owner, List<Track> tracks,
                                       Function<Set<String>, Map<String, String>> names) {
        Map<Long, List<Change.FieldChange>> byRevision = new TreeMap<>(Comparator.reverseOrder());
        for (Track track : tracks) {
            changes(track, read(em, track, owner)).forEach((revision, fields) ->
                    byRevision.computeIfAbsent(revision, r -> new ArrayList<>()).addAll(fields));
        }
        if (byRevision.isEmpty()) {
            return List.of();
        }
        Map<Long, AuditRevision> revisions = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(byRevision.keySet()))) {
            em.createQuery("select r from AuditRevision r where r.id in :ids", AuditRevision.class)
                    .setParameter("ids", chunk).getResultList().forEach(r -> revisions.put(r.getId(), r));
        }
        Map<String, String> people = names.apply(new java.util.HashSet<>(revisions.values().stream()
                .map(AuditRevision::getUsername).filter(Objects::nonNull).toList()));
        List<Change> history = new ArrayList<>();
        byRevision.forEach((revision, fields) -> {
            AuditRevision made = revisions.get(revision);
            String username = made == null ? null : made.getUsername();
            history.add(new Change(revision, made == null ? null : made.getChangedAt(), username,
                    username == null ? null : people.getOrDefault(username, username), fields));
        });
        return history;
    }

    /** A page of a history already read (histories are short: a page costs the tracks' statements, not one per row). */
    public static <T> Page<T> page(List<T> all, PageRequest request) {
        int from = Math.min(request.first(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), all.size());
    }

    /** The rows of {@code track} for {@code owner}, in the order of their revisions. */
    static List<Row> read(EntityManager em, Track track, Object owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(track.sql()).setParameter(1, owner).getResultList();
        List<Row> read = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < track.fields().size(); i++) {
                Field field = track.fields().get(i);
                values.put(field.name(), field.value().apply(row[4 + i]));
            }
            read.add(new Row(((Number) row[0]).longValue(), row[1] == null ? 1 : ((Number) row[1]).intValue(),
                    plain(row[2]), row[3] == null ? null : row[3].toString(), values));
        }
        return read;
    }

    /**
     * The changes a track's rows make, by revision: each row compared with the same part's previous row (a part's
     * rows in any order; they are taken by revision). Pure, so that it is tested without a database.
     */
    public static Map<Long, List<Change.FieldChange>> changes(Track track, List<Row> rows) {
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingLong(Row::revision));
        Map<Object, Row> last = new HashMap<>();
        Map<Long, List<Change.FieldChange>> changes = new TreeMap<>();
        for (Row row : ordered) {
            Row before = last.get(row.id());
            last.put(row.id(), row.type() == DEL ? null : row);
            if (!track.visible().test(row.values())) {
                continue;
            }
            Integer version = track.version() == null ? null : number(row.values().get(track.version()));
            List<Change.FieldChange> fields = new ArrayList<>();
            if (track.part() != null && row.type() == ADD) {
                fields.add(new Change.FieldChange(null, version, track.part(), null, row.subject(), null));
                for (String name : track.onAdd()) {
                    if (!nothing(row.values().get(name))) {
                        fields.add(new Change.FieldChange(row.subject(), version, track.part() + "." + name, null,
                                row.values().get(name), null));
                    }
                }
            } else if (track.part() != null && row.type() == DEL) {
                String subject = row.subject() != null ? row.subject() : before == null ? null : before.subject();
                fields.add(new Change.FieldChange(null, version, track.part(), subject, null, null));
            } else {
                Map<String, Object> old = before == null ? Map.of() : before.values();
                String subject = row.subject() != null || before == null ? row.subject() : before.subject();
                for (Map.Entry<String, Object> field : row.values().entrySet()) {
                    String name = field.getKey();
                    if (name.equals(track.version()) || track.notes().containsValue(name) && notedWith(track, name, old, row)) {
                        continue;
                    }
                    if (!same(old.get(name), field.getValue())) {
                        String noteField = track.notes().get(name);
                        String note = noteField == null ? null : text(row.values().get(noteField));
                        fields.add(new Change.FieldChange(subject, version,
                                track.part() == null ? name : track.part() + "." + name, old.get(name),
                                field.getValue(), note));
                    }
                }
            }
            if (!fields.isEmpty()) {
                changes.computeIfAbsent(row.revision(), r -> new ArrayList<>()).addAll(fields);
            }
        }
        return changes;
    }

    /** Whether {@code noteField} changed together with the field it is said with (then it is that change's note). */
    private static boolean notedWith(Track track, String noteField, Map<String, Object> old, Row row) {
        return track.notes().entrySet().stream().filter(e -> e.getValue().equals(noteField))
                .anyMatch(e -> !same(old.get(e.getKey()), row.values().get(e.getKey())));
    }

    /** Whether two recorded values are the same (numbers by value; nothing, blank and empty are one "nothing"). */
    public static boolean same(Object a, Object b) {
        if (nothing(a) && nothing(b)) {
            return true;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** No value: none recorded, a blank text or an empty collection (a line "— → —" would say nothing). */
    public static boolean nothing(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> values && values.isEmpty();
    }

    /** A database's value as Java reads it: instants for timestamps, days for dates, longs for whole numbers. */
    static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof java.math.BigInteger number) {
            return number.longValue();
        }
        return value;
    }

    private static Integer number(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return chunks;
    }
}
