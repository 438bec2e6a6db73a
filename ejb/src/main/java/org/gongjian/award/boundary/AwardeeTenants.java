package org.gongjian.award.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongjian.award.control.AwardNews;
import org.gongjian.notification.control.Notifier;
import org.gongjian.notification.control.Recipients;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * Tells an applicant, in a transaction of its own bound to the applicant's tenant. Called only by
 * {@link org.gongjian.award.control.AwardeeNotices}, after the organiser's change committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AwardeeTenants {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    public void tell(AwardNews.Awardee awardee) {
        session.enter(awardee.tenantId());
        notifier.notify(em.find(Tenant.class, awardee.tenantId()), recipients.speakingFor(awardee.owner()), awardee.projectId(),
                awardee.key(), awardee.arguments());
    }
}
