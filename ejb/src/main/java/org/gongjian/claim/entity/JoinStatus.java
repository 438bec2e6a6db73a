package org.gongjian.claim.entity;

/** Where a request to join stands. */
public enum JoinStatus {
    PENDING, ACCEPTED, DECLINED
}
