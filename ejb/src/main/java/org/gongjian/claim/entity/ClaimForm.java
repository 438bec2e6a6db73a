package org.gongjian.claim.entity;

/**
 * What an organisation writes when it claims an item: its plan, its reasons, and the resources it
 * brings (Party organisation, administrative, enterprise).
 */
public record ClaimForm(String plan, String reasons, String partyResources, String administrativeResources,
                        String enterpriseResources) {

    /** The form with its texts stripped; refuses a missing plan or reasons, a too long text or control characters. */
    public ClaimForm checked() {
        return new ClaimForm(ClaimField.PLAN.required(plan), ClaimField.REASONS.required(reasons),
                ClaimField.PARTY_RESOURCES.optional(partyResources),
                ClaimField.ADMINISTRATIVE_RESOURCES.optional(administrativeResources),
                ClaimField.ENTERPRISE_RESOURCES.optional(enterpriseResources));
    }
}
