package org.gongjian.project.control;

import org.gongjian.platform.Text;
import org.gongjian.project.entity.Field;
import org.gongjian.project.entity.ProjectStatus;

/**
 * Which projects of the tenant's list to show; null fields do not filter. {@code approved} keeps the
 * projects approved at any stage ({@link ProjectStatus#isApproved}), {@code funded} those with a fund entry.
 */
public record ProjectFilter(Integer year, String categoryKey, ProjectStatus status, Long unitId, boolean approved, boolean funded) {

    /** A category key with a NUL would fail in the database rather than match nothing. */
    public ProjectFilter {
        Text.SINGLE_LINE.checked(categoryKey, Field.CATEGORY);
    }

    public ProjectFilter(Integer year, String categoryKey, ProjectStatus status, Long unitId) {
        this(year, categoryKey, status, unitId, false, false);
    }

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null);
    }
}
