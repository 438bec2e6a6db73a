package org.gongjian.award.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.gongjian.award.entity.AwardApplication;
import org.gongjian.award.entity.AwardBatch;
import org.gongjian.tenantconfig.AwardTier;

/**
 * An application as its applicant reads it: the prize and funds only once the batch is published,
 * so a decision still open to change is never shown as made.
 */
public record OwnApplication(long id, long batchId, String batchTitle, int year, boolean host, long projectId, String projectTitle,
                             String ownerName, String caseText, OffsetDateTime appliedAt, boolean published, AwardTier tier,
                             BigDecimal funds) {

    static OwnApplication of(AwardApplication application, AwardBatch batch) {
        boolean published = batch.isPublished();
        return new OwnApplication(application.getId(), batch.getId(), batch.getTitle(), batch.getYear(), batch.isHosts(),
                application.getProjectId(), application.getProjectTitle(), application.getOwnerName(), application.getCaseText(),
                application.getAppliedAt(), published, published ? application.getTier() : null,
                published ? application.getFunds() : null);
    }
}
