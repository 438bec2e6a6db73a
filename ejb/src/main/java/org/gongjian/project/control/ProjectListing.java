package org.gongjian.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.project.entity.ProjectStatus;

/**
 * The projects of the bound tenant the caller may see, a page at a time: for the tenant's admins
 * and evaluators every declared project, for anyone else only the projects of the owner they speak
 * for (a unit member its unit's, a claimant account its organisation's), drafts included.
 */
@Dependent
public class ProjectListing {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    @Inject
    OwnerNames owners;

    /** Newest change first, each with its owner's name. */
    public List<ProjectRow> page(ProjectFilter filter, int first, int size) {
        List<ProjectRow> rows = query(filter, "select new org.gongjian.project.control.ProjectRow(p.id, p.year, p.title, "
                        + "p.categoryKey, p.owner.unitId, p.owner.claimantId, p.status, p.nominated, p.updatedAt)",
                " order by p.updatedAt desc, p.id desc", ProjectRow.class)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(size, 1), 500)).getResultList();
        Map<ProjectOwner, String> names = owners.of(rows.stream().map(ProjectRow::owner).toList());
        return rows.stream().map(row -> row.named(names.getOrDefault(row.owner(), ""))).toList();
    }

    public long count(ProjectFilter filter) {
        return query(filter, "select count(p)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(ProjectFilter filter, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (access.isOrganiser()) {
            where.add("p.status <> :draft");
            parameters.put("draft", ProjectStatus.DRAFT);
        } else {
            where.add("(p.owner.unitId = :ownUnit or p.owner.claimantId = :ownClaimant)");
            parameters.put("ownUnit", access.callerUnit() == null ? -1L : access.callerUnit());
            parameters.put("ownClaimant", access.callerClaimant() == null ? -1L : access.callerClaimant());
        }
        if (filter.year() != null) {
            where.add("p.year = :year");
            parameters.put("year", filter.year());
        }
        if (filter.categoryKey() != null && !filter.categoryKey().isBlank()) {
            where.add("p.categoryKey = :category");
            parameters.put("category", filter.categoryKey());
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.approved()) {
            where.add("p.status in :approved");
            parameters.put("approved", Arrays.stream(ProjectStatus.values()).filter(ProjectStatus::isApproved).toList());
        }
        if (filter.funded()) {
            where.add("exists (select f.id from FundEntry f where f.projectId = p.id)");
        }
        if (filter.unitId() != null) {
            where.add("p.owner.unitId = :unit");
            parameters.put("unit", filter.unitId());
        }
        TypedQuery<T> query = em.createQuery(select + " from Project p where " + String.join(" and ", where) + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
