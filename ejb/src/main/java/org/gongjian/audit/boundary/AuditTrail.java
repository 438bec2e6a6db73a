package org.gongjian.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.entity.AuditRecord;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;

/**
 * A tenant admin reads the tenant's own audit trail, newest first. A unit's draft is its own until
 * it is declared, so its records join the trail the admins read only then.
 */
@Stateless
@TenantBound
@TenantRoles(Role.Names.TENANT_ADMIN)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    ProjectAccess projects;

    public List<AuditRecord> page(AuditFilter filter, int first, int size) {
        TypedQuery<AuditRecord> query = query(filter, "select r", " order by r.at desc, r.id desc", AuditRecord.class);
        return query.setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(size, 1), 200)).getResultList();
    }

    public long count(AuditFilter filter) {
        return query(filter, "select count(r)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditRecord r where r.tenantId = :tenant");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.id());
        List<Long> drafts = projects.unreadableDrafts();
        if (!drafts.isEmpty()) {
            jpql.append(" and not (r.subjectType = 'project' and r.subjectId in :drafts)");
            parameters.put("drafts", drafts);
        }
        if (filter.from() != null) {
            jpql.append(" and r.at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            jpql.append(" and r.at < :until");
            parameters.put("until", filter.until());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            jpql.append(" and lower(r.actor) = lower(:actor)");
            parameters.put("actor", filter.actor().trim());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            jpql.append(" and r.action like :action");
            parameters.put("action", filter.action().trim().replace("%", "") + "%");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Which records to show; null fields do not filter. {@code until} is exclusive. */
    public record AuditFilter(OffsetDateTime from, OffsetDateTime until, String actor, String action) {

        public static AuditFilter none() {
            return new AuditFilter(null, null, null, null);
        }
    }
}
