package org.gongjian.evaluation.boundary;

import java.util.List;
import org.gongjian.evaluation.entity.Arithmetic;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.EvaluationResult;
import org.gongjian.evaluation.entity.ScoreSheet;

/**
 * A project's result page: the arithmetic as of now (open) or of the latest frozen result
 * (closed), every frozen version newest first, and the sheets the reader may see.
 */
public record ProjectResult(Evaluation evaluation, long projectId, String title, String ownerName, Arithmetic current,
                            List<EvaluationResult> versions, List<ScoreSheet> sheets) {
}
