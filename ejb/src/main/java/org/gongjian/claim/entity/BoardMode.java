package org.gongjian.claim.entity;

/** How a board decides its claims. */
public enum BoardMode {
    /** Claims are applications; the tenant's admins confirm them after weighing, up to the places. */
    CONFIRM,
    /** A claim inside the window and within the places is accepted at once. */
    FIRST_COME
}
