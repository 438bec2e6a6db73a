package org.gongjian.project.control;

import org.gongjian.project.entity.ProjectStatus;

/** A project a tenant nominated upward, as the host sees it. */
public record NominationRow(long tenantId, String tenantCode, String tenantNameZh, String tenantNameEn, int year,
                            long projectId, String title, String ownerName, String categoryKey, String categoryZh,
                            String categoryEn, ProjectStatus status) {
}
