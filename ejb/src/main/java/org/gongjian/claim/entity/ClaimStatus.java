package org.gongjian.claim.entity;

/** Where a claim stands. PENDING and ACCEPTED are live; the others are final. */
public enum ClaimStatus {
    PENDING, ACCEPTED, REFUSED, WITHDRAWN, RELEASED, CANCELLED;

    public boolean isLive() {
        return this == PENDING || this == ACCEPTED;
    }
}
