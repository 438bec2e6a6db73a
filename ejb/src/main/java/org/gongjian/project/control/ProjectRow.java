package org.gongjian.project.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.project.entity.ProjectStatus;

/**
 * A project as its tenant's list shows it, with its owner: a unit (unitId) or a claimant
 * organisation (claimantId), and the owner's name.
 */
public record ProjectRow(long id, int year, String title, String categoryKey, Long unitId, Long claimantId, String ownerName,
                         ProjectStatus status, boolean nominated, OffsetDateTime updatedAt) implements Serializable {

    /** The row as a query reads it, before the owner's name is known. */
    public ProjectRow(long id, int year, String title, String categoryKey, Long unitId, Long claimantId,
                      ProjectStatus status, boolean nominated, OffsetDateTime updatedAt) {
        this(id, year, title, categoryKey, unitId, claimantId, null, status, nominated, updatedAt);
    }

    public ProjectOwner owner() {
        return unitId != null ? ProjectOwner.ofUnit(unitId) : ProjectOwner.ofClaimant(claimantId);
    }

    ProjectRow named(String name) {
        return new ProjectRow(id, year, title, categoryKey, unitId, claimantId, name, status, nominated, updatedAt);
    }
}
