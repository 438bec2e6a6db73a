package org.gongjian.award.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongjian.award.control.AwardScope;
import org.gongjian.award.entity.AwardApplication;
import org.gongjian.award.entity.AwardBatch;
import org.gongjian.award.entity.BatchStatus;
import org.gongjian.tenant.entity.Tenant;

/**
 * What anyone may read of awards without signing in, in a read-only transaction whose policies show
 * only published batches and their prizes: a tenant's list of a year, and the city's.
 */
@Stateless
public class PublicAwards {

    @PersistenceContext
    EntityManager em;

    @Inject
    AwardScope scope;

    /** Every published list, newest year first, the city's before the tenants' of a year. */
    public List<PublishedBatch> published() {
        scope.publicReader();
        List<AwardBatch> batches = em.createQuery("select b from AwardBatch b where b.status = :published", AwardBatch.class)
                .setParameter("published", BatchStatus.PUBLISHED).getResultList();
        List<Long> tenantIds = batches.stream().map(AwardBatch::getOrganiserTenantId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Tenant> tenants = tenantIds.isEmpty() ? Map.of()
                : em.createQuery("select t from Tenant t where t.id in :ids and t.active = true", Tenant.class).setParameter("ids", tenantIds)
                        .getResultStream().collect(Collectors.toMap(Tenant::getId, Function.identity()));
        return batches.stream().filter(b -> b.isHosts() || tenants.containsKey(b.getOrganiserTenantId()))
                .sorted(Comparator.comparing(AwardBatch::getYear).reversed().thenComparing(b -> !b.isHosts()).thenComparing(AwardBatch::getId))
                .map(b -> b.isHosts() ? new PublishedBatch(null, null, null, b.getYear(), b.getTitle())
                        : new PublishedBatch(tenants.get(b.getOrganiserTenantId()).getCode(), tenants.get(b.getOrganiserTenantId()).getNameZh(),
                                tenants.get(b.getOrganiserTenantId()).getNameEn(), b.getYear(), b.getTitle()))
                .toList();
    }

    public Optional<PublishedList> ofTenant(String tenantCode, int year) {
        scope.publicReader();
        Optional<Tenant> tenant = em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", tenantCode).getResultStream()
                .filter(Tenant::isActive).findFirst();
        return tenant.flatMap(t -> em.createNamedQuery(AwardBatch.OF_TENANT_YEAR, AwardBatch.class).setParameter("tenant", t.getId())
                .setParameter("year", year).getResultStream().filter(AwardBatch::isPublished).findFirst()
                .map(batch -> list(batch, t.getNameZh(), t.getNameEn())));
    }

    public Optional<PublishedList> ofCity(int year) {
        scope.publicReader();
        return em.createNamedQuery(AwardBatch.OF_HOST_YEAR, AwardBatch.class).setParameter("year", year).getResultStream()
                .filter(AwardBatch::isPublished).findFirst().map(batch -> list(batch, null, null));
    }

    private PublishedList list(AwardBatch batch, String organiserZh, String organiserEn) {
        List<PublishedList.Winner> winners = em.createQuery("select a from AwardApplication a where a.batchId = :batch and a.tier is not null",
                        AwardApplication.class).setParameter("batch", batch.getId()).getResultList().stream()
                .sorted(Comparator.comparing(AwardApplication::getTier).thenComparing(AwardApplication::getId))
                .map(a -> new PublishedList.Winner(a.getProjectTitle(), a.getOwnerName(), a.getTenantName(), a.getTier(),
                        a.getGradeZh(), a.getGradeEn()))
                .toList();
        return new PublishedList(batch.getTitle(), batch.getYear(), organiserZh, organiserEn, batch.getPublishedAt(), winners);
    }
}
