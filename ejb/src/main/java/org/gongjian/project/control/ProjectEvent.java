package org.gongjian.project.control;

import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectOwner;

/**
 * A step of a project's life cycle that its owner or the tenant should hear about, fired by the
 * project boundaries inside their transaction. {@code action} is the audit action, e.g.
 * {@code project.return}; {@code toOwner} says whether those who speak for the project's owner are
 * told (its unit's members or its claimant organisation's accounts), else the tenant's admins.
 */
public record ProjectEvent(long tenantId, long projectId, ProjectOwner owner, String title, String action, boolean toOwner) {

    public static ProjectEvent of(long tenantId, Project project, String action, boolean toOwner) {
        return new ProjectEvent(tenantId, project.getId(), project.getOwner(), project.getTitle(), action, toOwner);
    }
}
