package org.gongjian.award.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;
import org.gongjian.award.entity.BatchStatus;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenantconfig.AwardTier;

/**
 * The published prizes of the tenant the transaction is bound to, from its own batches and the
 * host's, for the project page and the unit's yearly record. A prize not yet published is not one.
 */
@Dependent
public class Prizes {

    private static final String PUBLISHED = "select a.projectId, b.year, a.tier, b.organiserTenantId, a.funds, b.title from AwardApplication a, AwardBatch b where a.batchId = b.id and a.tenantId = :tenant and a.tier is not null"
            + " and b.status = :published";

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    public List<Prize> ofProject(long projectId) {
        return prizes(query(" and a.projectId = :project order by b.year desc, a.tier").setParameter("project", projectId));
    }

    public List<Prize> ofYear(int year) {
        return prizes(query(" and b.year = :year order by a.projectId, a.tier").setParameter("year", year));
    }

    private static List<Prize> prizes(TypedQuery<Object[]> query) {
        return query.getResultList().stream().map(row -> new Prize((Long) row[0], (Integer) row[1], (AwardTier) row[2], row[3] == null,
                (BigDecimal) row[4], (String) row[5])).toList();
    }

    private TypedQuery<Object[]> query(String rest) {
        Long tenant = session.tenantId();
        if (tenant == null) {
            throw new IllegalStateException("prizes are read in a tenant's transaction");
        }
        return em.createQuery(PUBLISHED + rest, Object[].class).setParameter("tenant", tenant).setParameter("published", BatchStatus.PUBLISHED);
    }
}
