package org.gongjian.claim.entity;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What the admins write about a claimable item. The window is in the tenant's local time.
 *
 * @param offer        what the committee offers: funds, venues, guidance
 * @param offeredFunds the support funds in yuan, if any
 * @param capacity     how many claimants the item takes
 */
public record ItemDetails(Long sectorId, String title, String need, String expectedResults, String offer,
                          BigDecimal offeredFunds, String contact, Integer capacity, LocalDateTime opensAt,
                          LocalDateTime closesAt) {
}
