package org.gongjian.project.control;

import java.math.BigDecimal;
import org.gongjian.project.entity.ProjectStatus;

/**
 * A project won in one of the host's competitions, as the host follows it: its tenant, its owning
 * unit, the competition's topic, and the special funds granted and spent so far, in yuan.
 */
public record FollowedProject(long tenantId, String tenantCode, String tenantNameZh, String tenantNameEn, long projectId,
                              int year, String title, ProjectStatus status, long competitionId, String competitionTopic,
                              String ownerName, BigDecimal granted, BigDecimal spent) {

    /** The same project with its owner's name and its funds. */
    public FollowedProject with(String owner, BigDecimal grantedSoFar, BigDecimal spentSoFar) {
        return new FollowedProject(tenantId, tenantCode, tenantNameZh, tenantNameEn, projectId, year, title, status,
                competitionId, competitionTopic, owner, grantedSoFar, spentSoFar);
    }
}
