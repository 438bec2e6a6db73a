package org.gongjian.award.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.gongjian.tenantconfig.AwardTier;

/**
 * A published award list as the public reads it: the batch, its organiser (null: the host) and its
 * prizes, first prizes first; nothing of applications without a prize, cases or inspections.
 */
public record PublishedList(String title, int year, String organiserZh, String organiserEn, OffsetDateTime publishedAt,
                            List<Winner> winners) {

    /** One prize: the project, its owner and tenant, the tier and the grade it was evaluated with. */
    public record Winner(String projectTitle, String ownerName, String tenantName, AwardTier tier, String gradeZh, String gradeEn) {
    }
}
