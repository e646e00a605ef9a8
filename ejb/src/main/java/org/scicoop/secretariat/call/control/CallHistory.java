package org.scicoop.secretariat.call.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.scicoop.secretariat.audit.entity.AuditRevision;
import org.scicoop.secretariat.call.boundary.CallChange;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.platform.control.AuditTrail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a call's audit trail (Hibernate Envers) into changes people can read: for every revision,
 * who made it, when, and the old and new value of each field that changed, budgets and themes included.
 */
@Dependent
public class CallHistory {

    private static final String COMMITMENT_REVISIONS = "select a.rev, a.revtype, a.amount, a.currency, f.acronym"
            + " from call_commitment_aud a join funding_agency f on f.id = a.agency_id"
            + " where a.call_id = ?1 order by a.rev, a.id";

    private static final String DOCUMENT_REVISIONS = "select a.rev, a.revtype, a.title from call_document_aud a"
            + " where a.call_id = ?1 order by a.rev, a.id";

    private static final String THEME_REVISIONS = "select a.rev, a.revtype, t.code from funding_call_theme_aud a"
            + " join thematic_area t on t.id = a.theme_id where a.call_id = ?1 order by a.rev";

    @PersistenceContext
    EntityManager em;

    public List<CallChange> of(Call call) {
        AuditReader reader = AuditReaderFactory.get(em);
        Map<Long, Map<String, Object>> snapshots = new TreeMap<>();
        Map<Long, AuditRevision> revisions = new LinkedHashMap<>();

        for (Number revision : reader.getRevisions(Call.class, call.getId())) {
            Call then = reader.find(Call.class, call.getId(), revision);
            snapshots.put(revision.longValue(), snapshot(then));
            revisions.put(revision.longValue(), reader.findRevision(AuditRevision.class, revision));
        }
        // Commitments are read from their audit table: the agencies were seeded by migrations and
        // have no audit rows of their own, so Envers could not load them as they were.
        @SuppressWarnings("unchecked")
        List<Object[]> commitmentRows = em.createNativeQuery(COMMITMENT_REVISIONS)
                .setParameter(1, call.getId())
                .getResultList();
        Map<Long, List<Object[]>> commitmentsByRevision = new TreeMap<>();
        for (Object[] row : commitmentRows) {
            long revision = ((Number) row[0]).longValue();
            commitmentsByRevision.computeIfAbsent(revision, r -> new ArrayList<>()).add(row);
            revisions.computeIfAbsent(revision, r -> reader.findRevision(AuditRevision.class, r));
        }

        // Documents added and removed, by title (their bytes are not audited; their metadata is).
        @SuppressWarnings("unchecked")
        List<Object[]> documentRows = em.createNativeQuery(DOCUMENT_REVISIONS)
                .setParameter(1, call.getId())
                .getResultList();
        Map<Long, List<CallChange.FieldChange>> documentsByRevision = new TreeMap<>();
        for (Object[] row : documentRows) {
            long revision = ((Number) row[0]).longValue();
            int type = ((Number) row[1]).intValue();
            String title = (String) row[2];
            CallChange.FieldChange change = type == RevisionType.ADD.getRepresentation()
                    ? new CallChange.FieldChange("document", null, title)
                    : type == RevisionType.DEL.getRepresentation()
                    ? new CallChange.FieldChange("document", title, null) : null;
            if (change != null) {
                documentsByRevision.computeIfAbsent(revision, r -> new ArrayList<>()).add(change);
                revisions.computeIfAbsent(revision, r -> reader.findRevision(AuditRevision.class, r));
            }
        }

        // Themes from the audit table of the call's themes (the historic call's collection read back empty): each
        // revision adds and removes codes; the line shows the whole list before and after.
        @SuppressWarnings("unchecked")
        List<Object[]> themeRows = em.createNativeQuery(THEME_REVISIONS)
                .setParameter(1, call.getId())
                .getResultList();
        Map<Long, CallChange.FieldChange> themesByRevision = new TreeMap<>();
        Set<String> themes = new TreeSet<>();
        Map<Long, List<Object[]>> themeRowsByRevision = new TreeMap<>();
        for (Object[] row : themeRows) {
            themeRowsByRevision.computeIfAbsent(((Number) row[0]).longValue(), r -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<Long, List<Object[]>> revision : themeRowsByRevision.entrySet()) {
            List<String> before = List.copyOf(themes);
            for (Object[] row : revision.getValue()) {
                if (((Number) row[1]).intValue() == RevisionType.DEL.getRepresentation()) {
                    themes.remove((String) row[2]);
                } else {
                    themes.add((String) row[2]);
                }
            }
            List<String> after = List.copyOf(themes);
            if (!same(before, after)) {
                themesByRevision.put(revision.getKey(), new CallChange.FieldChange("themes", before, after));
                revisions.computeIfAbsent(revision.getKey(), r -> reader.findRevision(AuditRevision.class, r));
            }
        }

        List<CallChange> changes = new ArrayList<>();
        Map<String, Object> before = Map.of();
        Map<String, BigDecimal> budgets = new TreeMap<>();
        for (Long revision : new TreeSet<>(revisions.keySet())) {
            List<CallChange.FieldChange> fields = new ArrayList<>();
            Map<String, Object> after = snapshots.get(revision);
            if (after != null) {
                for (Map.Entry<String, Object> field : after.entrySet()) {
                    Object old = before.get(field.getKey());
                    if (!same(old, field.getValue())) {
                        fields.add(new CallChange.FieldChange(field.getKey(), old, field.getValue()));
                    }
                }
                before = after;
            }
            for (Object[] row : commitmentsByRevision.getOrDefault(revision, List.of())) {
                fields.addAll(budgetChange(row, budgets));
            }
            if (themesByRevision.containsKey(revision)) {
                fields.add(themesByRevision.get(revision));
            }
            fields.addAll(documentsByRevision.getOrDefault(revision, List.of()));
            if (!fields.isEmpty()) {
                AuditRevision made = revisions.get(revision);
                changes.add(new CallChange(revision, made.getChangedAt(), made.getUsername(), fields));
            }
        }
        return changes;
    }

    /** One audited commitment row: the agency's budget before and after, as "amount currency". */
    private static List<CallChange.FieldChange> budgetChange(Object[] row, Map<String, BigDecimal> budgets) {
        String key = "commitment." + row[4];
        String currency = (String) row[3];
        boolean deleted = ((Number) row[1]).intValue() == RevisionType.DEL.getRepresentation();
        BigDecimal newAmount = row[2] == null ? null : new BigDecimal(row[2].toString()).setScale(2);
        String old = budgets.containsKey(key) ? budgets.get(key).toPlainString() + " " + currency : null;
        String amount = deleted || newAmount == null ? null : newAmount.toPlainString() + " " + currency;
        if (deleted) {
            budgets.remove(key);
        } else {
            budgets.put(key, newAmount);
        }
        return Objects.equals(old, amount) ? List.of() : List.of(new CallChange.FieldChange(key, old, amount));
    }

    private static Map<String, Object> snapshot(Call call) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", call.getTitle());
        fields.put("summary", call.getSummary());
        fields.put("status", call.getStatus());
        fields.put("opensAt", call.getOpensAt());
        fields.put("deadline", call.getDeadline());
        fields.put("commonFundEur", call.getCommonFundEur());
        fields.put("minPartners", call.getRules().getMinPartners());
        fields.put("minCountries", call.getRules().getMinCountries());
        fields.put("developingPartnerRequired", call.getRules().isDevelopingPartnerRequired());
        fields.put("coordinatorCountryFunds", call.getRules().isCoordinatorCountryFunds());
        fields.put("maxDurationMonths", call.getRules().getMaxDurationMonths());
        fields.put("cancelReason", call.getCancelReason());
        return fields;
    }

    private static boolean same(Object a, Object b) {
        return AuditTrail.same(a, b);
    }
}
