package org.gongjian.project.control;

import org.gongjian.platform.Text;
import org.gongjian.project.entity.Field;
import org.gongjian.project.entity.ProjectStatus;

/** Which projects of the tenant's list to show; null fields do not filter. */
public record ProjectFilter(Integer year, String categoryKey, ProjectStatus status, Long unitId) {

    /** A category key with a NUL would fail in the database rather than match nothing. */
    public ProjectFilter {
        Text.SINGLE_LINE.checked(categoryKey, Field.CATEGORY);
    }

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null);
    }
}
