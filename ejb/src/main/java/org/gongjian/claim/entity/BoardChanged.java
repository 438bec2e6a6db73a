package org.gongjian.claim.entity;

/** Something on a tenant's board changed: fired in the transaction, observed after it commits. */
public record BoardChanged(long tenantId, String tenantCode) {
}
