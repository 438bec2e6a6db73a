package org.gongjian.claim.entity;

/**
 * What an organisation writes when it claims an item: its plan, its reasons, and the resources it
 * brings (Party organisation, administrative, enterprise).
 */
public record ClaimForm(String plan, String reasons, String partyResources, String administrativeResources,
                        String enterpriseResources) {
}
