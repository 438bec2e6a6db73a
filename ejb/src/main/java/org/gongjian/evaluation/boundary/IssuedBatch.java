package org.gongjian.evaluation.boundary;

import java.util.List;
import org.gongjian.evaluation.control.BallotCodeText;

/** A batch of ballot codes just issued: one printed sheet. */
public record IssuedBatch(int batch, List<BallotCodeText> codes) {

    public IssuedBatch {
        codes = List.copyOf(codes);
    }
}
