package org.gongjian.claim.entity;

/** Where a claimable item stands. Whether its window is open is read from the clock, never stored. */
public enum ItemStatus {
    /** Being written; nobody outside the tenant's admins sees it. */
    DRAFT,
    /** On the public board; claimed inside its window. */
    PUBLISHED,
    /** Claiming ended by the admins; still shown with its claimants. */
    CLOSED,
    /** Taken off the board, with a reason its claimants are told. */
    WITHDRAWN
}
