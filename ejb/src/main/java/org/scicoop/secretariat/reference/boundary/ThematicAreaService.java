package org.scicoop.secretariat.reference.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators keep the thematic areas: a unique upper-case code, names in the four languages,
 * active or not. Areas are deactivated rather than deleted: calls keep the areas they have.
 */
@Stateless
public class ThematicAreaService {

    @PersistenceContext
    EntityManager em;

    @RolesAllowed(Roles.ADMIN)
    public List<ThemeRow> list() {
        Map<Long, Long> calls = new HashMap<>();
        em.createQuery("select t.id, count(c) from Call c join c.themes t group by t.id", Object[].class)
                .getResultList().forEach(r -> calls.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select t from ThematicArea t order by t.code", ThematicArea.class)
                .getResultStream().map(t -> row(t, calls.getOrDefault(t.getId(), 0L))).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public ThemeRow create(@NotBlank String code, @NotNull @Valid ThemeCommand names) {
        String trimmed = code.trim();
        boolean taken = !em.createQuery("select t.id from ThematicArea t where t.code = :code", Long.class)
                .setParameter("code", trimmed).getResultList().isEmpty();
        RuleViolation.require(!taken, "rule.theme.codeTaken", trimmed);
        ThematicArea area = new ThematicArea(trimmed, names.en(), names.zh(), names.fr(), names.es());
        em.persist(area);
        em.flush();
        return row(area, 0);
    }

    @RolesAllowed(Roles.ADMIN)
    public ThemeRow rename(@NotNull Long id, long expectedVersion, @NotNull @Valid ThemeCommand names) {
        ThematicArea area = current(id, expectedVersion);
        area.rename(names.en(), names.zh(), names.fr(), names.es());
        return flushed(area, expectedVersion);
    }

    /** Activates or deactivates an area; a deactivated one is no longer offered for calls. */
    @RolesAllowed(Roles.ADMIN)
    public ThemeRow setActive(@NotNull Long id, long expectedVersion, boolean active) {
        ThematicArea area = current(id, expectedVersion);
        if (active) {
            area.activate();
        } else {
            area.deactivate();
        }
        return flushed(area, expectedVersion);
    }

    private ThematicArea current(Long id, long expectedVersion) {
        ThematicArea area = em.find(ThematicArea.class, id);
        if (area == null) {
            throw new NotFound("thematic area " + id);
        }
        Versioned.require("thematic area " + id, expectedVersion, area.getVersion());
        return area;
    }

    private ThemeRow flushed(ThematicArea area, long expectedVersion) {
        Versioned.flush(em, "thematic area " + area.getId(), expectedVersion);
        long calls = em.createQuery("select count(c) from Call c join c.themes t where t = :area", Long.class)
                .setParameter("area", area).getSingleResult();
        return row(area, calls);
    }

    private static ThemeRow row(ThematicArea t, long calls) {
        return new ThemeRow(t.getId(), t.getCode(), t.getNameEn(), t.getNameZh(), t.getNameFr(), t.getNameEs(),
                t.isActive(), t.getVersion(), calls);
    }
}
