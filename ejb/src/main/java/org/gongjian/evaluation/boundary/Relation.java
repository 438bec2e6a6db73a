package org.gongjian.evaluation.boundary;

import java.time.OffsetDateTime;

/** An evaluator marked as related to a unit or claimant organisation, named for the page. */
public record Relation(long id, long accountId, String login, String name, Long unitId, Long claimantId, String ownerName,
                       String reason, String markedBy, OffsetDateTime markedAt) {
}
