package org.gongjian.evaluation.boundary;

import java.time.OffsetDateTime;
import org.gongjian.evaluation.control.BallotCodeText;

/** A ballot code as its tenant's admins list it: used once it has voted. */
public record BallotRow(long id, long projectId, BallotCodeText code, int batch, String issuedBy, OffsetDateTime issuedAt,
                        OffsetDateTime usedAt) {

    public boolean isUsed() {
        return usedAt != null;
    }
}
