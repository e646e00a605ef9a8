package org.scicoop.secretariat.platform.control;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.boundary.Change.FieldChange;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.control.AuditTrail.Field;
import org.scicoop.secretariat.platform.control.AuditTrail.Row;
import org.scicoop.secretariat.platform.control.AuditTrail.Track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTest {

    private static final Track PROPOSAL = Track.of(null, "-", Field.of("title"), Field.of("abstract"),
            Field.of("budget"));
    private static final Track PARTNER = Track.of("partner", "-", Field.of("requested"));
    private static final Track MILESTONE = Track.of("milestone", "-", Field.of("dueDate"), Field.of("moveReason"))
            .noting("dueDate", "moveReason");
    private static final Track REPORT = Track.of("report", "-", Field.of("version"), Field.of("status"))
            .versioned("version");

    @Test
    void theThingItselfListsWhatItWasCreatedWithThenEachFieldThatChangedWithBothValues() {
        Map<Long, List<FieldChange>> changes = AuditTrail.changes(PROPOSAL, List.of(
                row(7, 1, 1, null, "title", "Coasts", "abstract", "Long text", "budget", new BigDecimal("10.00")),
                row(3, 0, 1, null, "title", "Coast", "abstract", "", "budget", new BigDecimal("10"))));

        assertThat(changes.get(3L)).containsExactly(FieldChange.of("title", null, "Coast"),
                FieldChange.of("budget", null, new BigDecimal("10")));
        // 10 and 10.00 are the same amount; "" before and "Long text" after is a change from nothing
        assertThat(changes.get(7L)).containsExactly(FieldChange.of("title", "Coast", "Coasts"),
                FieldChange.of("abstract", "", "Long text"));
    }

    @Test
    void aRevisionThatChangesNothingReadableIsNoLine() {
        Map<Long, List<FieldChange>> changes = AuditTrail.changes(PROPOSAL, List.of(
                row(1, 0, 1, null, "title", "A", "abstract", null, "budget", null),
                row(2, 1, 1, null, "title", "A", "abstract", " ", "budget", null)));

        assertThat(changes).containsOnlyKeys(1L);
    }

    @Test
    void aPartIsAddedAndRemovedByNameAndItsFieldsChangeUnderItsName() {
        Map<Long, List<FieldChange>> changes = AuditTrail.changes(PARTNER, List.of(
                row(1, 0, 10, "Univ. Cape Town", "requested", new BigDecimal("100")),
                row(1, 0, 11, "CSIR", "requested", new BigDecimal("50")),
                row(2, 1, 10, "Univ. Cape Town", "requested", new BigDecimal("120")),
                row(4, 2, 11, null, "requested", null)));

        assertThat(changes.get(1L)).containsExactly(
                new FieldChange(null, null, "partner", null, "Univ. Cape Town", null),
                new FieldChange(null, null, "partner", null, "CSIR", null));
        assertThat(changes.get(2L)).containsExactly(new FieldChange("Univ. Cape Town", null, "partner.requested",
                new BigDecimal("100"), new BigDecimal("120"), null));
        assertThat(changes.get(4L)).containsExactly(new FieldChange(null, null, "partner", "CSIR", null, null));
    }

    @Test
    void aReasonGivenWithAMoveIsTheMovesNoteNotALineOfItsOwn() {
        Map<Long, List<FieldChange>> changes = AuditTrail.changes(MILESTONE, List.of(
                row(1, 0, 5, "Inception report", "dueDate", LocalDate.parse("2027-03-31"), "moveReason", null),
                row(2, 1, 5, "Inception report", "dueDate", LocalDate.parse("2027-04-30"),
                        "moveReason", "Field season late")));

        assertThat(changes.get(2L)).containsExactly(new FieldChange("Inception report", null, "milestone.dueDate",
                LocalDate.parse("2027-03-31"), LocalDate.parse("2027-04-30"), "Field season late"));
    }

    @Test
    void aVersionedPartNamesItsVersionAndHiddenStatesShowNothingYetCountAsTheStateBefore() {
        List<Row> rows = List.of(
                row(1, 0, 9, "Inception report", "version", 2L, "status", "DRAFT"),
                row(2, 1, 9, "Inception report", "version", 2L, "status", "SUBMITTED"),
                row(3, 1, 9, "Inception report", "version", 2L, "status", "RETURNED"));

        Map<Long, List<FieldChange>> all = AuditTrail.changes(REPORT, rows);
        assertThat(all.get(1L)).containsExactly(new FieldChange(null, 2, "report", null, "Inception report", null));
        assertThat(all.get(2L)).containsExactly(new FieldChange("Inception report", 2, "report.status", "DRAFT",
                "SUBMITTED", null));

        Map<Long, List<FieldChange>> noDrafts = AuditTrail.changes(
                REPORT.visibleWhen(values -> !"DRAFT".equals(values.get("status"))), rows);
        assertThat(noDrafts).containsOnlyKeys(2L, 3L);
        assertThat(noDrafts.get(3L)).containsExactly(new FieldChange("Inception report", 2, "report.status",
                "SUBMITTED", "RETURNED", null));
    }

    @Test
    void aPartAddedWithATextWorthReadingTellsIt() {
        Track report = Track.of("report", "-", Field.of("narrative")).tellingOnAdd("narrative");
        Map<Long, List<FieldChange>> changes = AuditTrail.changes(report, List.of(
                row(1, 0, 9, "Inception report", "narrative", "First findings."),
                row(2, 0, 10, "Final report", "narrative", null)));

        assertThat(changes.get(1L)).containsExactly(new FieldChange(null, null, "report", null, "Inception report", null),
                new FieldChange("Inception report", null, "report.narrative", null, "First findings.", null));
        assertThat(changes.get(2L)).hasSize(1);
    }

    @Test
    void pagesAreSlicesOfTheWholeHistoryWithItsCount() {
        List<Change> history = List.of(change(5), change(4), change(3));

        Page<Change> second = AuditTrail.page(history, new PageRequest(2, 2, null, true, Map.of()));
        assertThat(second.rows()).extracting(Change::revision).containsExactly(3L);
        assertThat(second.total()).isEqualTo(3);
        assertThat(AuditTrail.page(history, new PageRequest(6, 2, null, true, Map.of())).rows()).isEmpty();
    }

    @Test
    void databaseValuesAreReadAsJavaValues() {
        assertThat(AuditTrail.plain(java.sql.Date.valueOf("2027-03-31"))).isEqualTo(LocalDate.parse("2027-03-31"));
        assertThat(AuditTrail.plain(42)).isEqualTo(42L);
        assertThat(AuditTrail.same(new BigDecimal("1.50"), new BigDecimal("1.5"))).isTrue();
        assertThat(AuditTrail.same(null, List.of())).isTrue();
    }

    private static Change change(long revision) {
        return new Change(revision, null, "member", "Maria", List.of(FieldChange.of("title", "a", "b")));
    }

    private static Row row(long revision, int type, long id, String subject, Object... values) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            map.put((String) values[i], values[i + 1]);
        }
        return new Row(revision, type, id, subject, map);
    }
}
