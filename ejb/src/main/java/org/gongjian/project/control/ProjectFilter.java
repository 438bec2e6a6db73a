package org.gongjian.project.control;

import org.gongjian.project.entity.ProjectStatus;

/** Which projects of the tenant's list to show; null fields do not filter. */
public record ProjectFilter(Integer year, String categoryKey, ProjectStatus status, Long unitId) {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null);
    }
}
