package org.gongjian.claim.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.gongjian.claimant.entity.Claimant;
import org.gongjian.unit.entity.Unit;

/** The names of the bound tenant's organisations that can hold a claim: its claimants and its units. */
@Dependent
public class Organisations {

    @PersistenceContext
    EntityManager em;

    /** Names by id; claimant and unit ids are told apart by the map they are in. */
    public Names names() {
        Map<Long, String> claimants = new HashMap<>();
        em.createQuery("select c.id, c.name from Claimant c", Object[].class).getResultStream()
                .forEach(row -> claimants.put((Long) row[0], (String) row[1]));
        Map<Long, String> units = new HashMap<>();
        em.createQuery("select u.id, u.name from Unit u", Object[].class).getResultStream()
                .forEach(row -> units.put((Long) row[0], (String) row[1]));
        return new Names(claimants, units);
    }

    public String claimantName(long id) {
        Claimant claimant = em.find(Claimant.class, id);
        return claimant == null ? null : claimant.getName();
    }

    public String unitName(long id) {
        Unit unit = em.find(Unit.class, id);
        return unit == null ? null : unit.getName();
    }

    /** The names of claimants and units by id. */
    public record Names(Map<Long, String> claimants, Map<Long, String> units) {

        public String of(Long claimantId, Long unitId) {
            return claimantId != null ? claimants.get(claimantId) : units.get(unitId);
        }
    }
}
