package org.gongjian.award.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongjian.award.boundary.AwardeeTenants;

/**
 * Carries out {@link AwardNews} after its change committed, one applicant at a time, each in a
 * transaction of the applicant's tenant. A failure leaves that applicant untold and logged.
 */
@ApplicationScoped
public class AwardeeNotices {

    private static final Logger LOG = Logger.getLogger(AwardeeNotices.class.getName());

    @Inject
    AwardeeTenants tenants;

    void after(@Observes(during = TransactionPhase.AFTER_SUCCESS) AwardNews news) {
        for (AwardNews.Awardee awardee : news.awardees()) {
            try {
                tenants.tell(awardee);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "award news " + awardee.key() + " for project " + awardee.projectId(), e);
            }
        }
    }
}
