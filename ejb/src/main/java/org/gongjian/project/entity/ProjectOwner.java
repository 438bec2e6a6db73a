package org.gongjian.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * Who carries a project out and answers for it (谁立项、谁负责): one of the tenant's units, or a
 * claimant organisation whose claim on the board was accepted. Exactly one of the two ids is set.
 */
@Embeddable
public class ProjectOwner implements Serializable {

    @Column(name = "unit_id", updatable = false)
    private Long unitId;
    @Column(name = "claimant_id", updatable = false)
    private Long claimantId;

    protected ProjectOwner() {
    }

    private ProjectOwner(Long unitId, Long claimantId) {
        this.unitId = unitId;
        this.claimantId = claimantId;
    }

    public static ProjectOwner ofUnit(long unitId) {
        return new ProjectOwner(unitId, null);
    }

    public static ProjectOwner ofClaimant(long claimantId) {
        return new ProjectOwner(null, claimantId);
    }

    /** The unit, or null when a claimant organisation owns the project. */
    public Long unitId() {
        return unitId;
    }

    /** The claimant organisation, or null when a unit owns the project. */
    public Long claimantId() {
        return claimantId;
    }

    public boolean isUnit() {
        return unitId != null;
    }

    /** Whether someone speaking for this unit (or null) and this claimant (or null) speaks for this owner. */
    public boolean isSpokenForBy(Long callerUnitId, Long callerClaimantId) {
        return unitId != null ? unitId.equals(callerUnitId) : claimantId.equals(callerClaimantId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectOwner owner && Objects.equals(unitId, owner.unitId)
                && Objects.equals(claimantId, owner.claimantId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, claimantId);
    }

    @Override
    public String toString() {
        return isUnit() ? "unit " + unitId : "claimant " + claimantId;
    }
}
