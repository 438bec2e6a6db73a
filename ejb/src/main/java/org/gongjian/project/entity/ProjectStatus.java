package org.gongjian.project.entity;

/** Where a project stands in its life cycle. */
public enum ProjectStatus {
    /** The unit is writing its declaration. */
    DRAFT,
    /** Declared, waiting for the tenant's review. */
    SUBMITTED,
    /** Returned to the unit for revision. */
    RETURNED,
    /** Not approved; final. */
    REJECTED,
    /** Approved (立项); responsibility not fixed yet. */
    APPROVED,
    /** Responsibility fixed; being carried out. */
    UNDERWAY,
    /** The unit's closure report waits for acceptance. */
    CLOSURE_SUBMITTED,
    /** Accepted (验收); ready for evaluation. */
    ACCEPTED;

    /** Whether the project has been approved, at any later stage too. */
    public boolean isApproved() {
        return compareTo(APPROVED) >= 0;
    }
}
