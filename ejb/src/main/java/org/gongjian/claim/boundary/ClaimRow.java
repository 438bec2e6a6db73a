package org.gongjian.claim.boundary;

import org.gongjian.claim.entity.Claim;

/** A claim as lists show it: with the name of the organisation that made it and the item's title. */
public record ClaimRow(Claim claim, String organisation, String itemTitle) {
}
