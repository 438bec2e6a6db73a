package org.gongjian.project.control;

import java.time.OffsetDateTime;
import org.gongjian.project.entity.ProjectStatus;

/** A project as its tenant's list shows it. */
public record ProjectRow(long id, int year, String title, String categoryKey, long unitId, String unitName,
                         ProjectStatus status, boolean nominated, OffsetDateTime updatedAt) {
}
