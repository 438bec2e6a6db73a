package org.gongjian.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongjian.project.entity.ProjectOwner;

/** The names of projects' owners in the bound tenant, units and claimant organisations alike: two queries at most. */
@Dependent
public class OwnerNames {

    @PersistenceContext
    EntityManager em;

    /** The name of each owner given; an owner the tenant does not have is left out. */
    public Map<ProjectOwner, String> of(Collection<ProjectOwner> owners) {
        List<Long> units = owners.stream().map(ProjectOwner::unitId).filter(Objects::nonNull).distinct().toList();
        List<Long> claimants = owners.stream().map(ProjectOwner::claimantId).filter(Objects::nonNull).distinct().toList();
        Map<ProjectOwner, String> names = new HashMap<>();
        if (!units.isEmpty()) {
            em.createQuery("select u.id, u.name from Unit u where u.id in :ids", Object[].class).setParameter("ids", units)
                    .getResultList().forEach(row -> names.put(ProjectOwner.ofUnit((Long) row[0]), (String) row[1]));
        }
        if (!claimants.isEmpty()) {
            em.createQuery("select c.id, c.name from Claimant c where c.id in :ids", Object[].class).setParameter("ids", claimants)
                    .getResultList().forEach(row -> names.put(ProjectOwner.ofClaimant((Long) row[0]), (String) row[1]));
        }
        return names;
    }

    public String of(ProjectOwner owner) {
        return of(List.of(owner)).getOrDefault(owner, "");
    }
}
