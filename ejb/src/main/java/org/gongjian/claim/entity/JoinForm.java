package org.gongjian.claim.entity;

import org.gongjian.claimant.entity.ClaimantKind;

/** What an organisation not yet registered writes when it asks to join a tenant's board. */
public record JoinForm(String name, ClaimantKind kind, String contactPerson, String contactPhone, String email,
                       String reasons) {
}
