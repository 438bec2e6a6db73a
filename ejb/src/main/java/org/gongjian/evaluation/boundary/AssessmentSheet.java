package org.gongjian.evaluation.boundary;

import java.util.List;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.tenantconfig.Criterion;

/**
 * An evaluator's sheet for one project: the organisational criteria, their own sheet (null until
 * first saved), and whether a conflict of interest keeps them from scoring.
 */
public record AssessmentSheet(Evaluation evaluation, long projectId, String title, String ownerName, List<Criterion> criteria,
                              ScoreSheet mine, boolean conflicted, boolean overridden) {

    public boolean mayScore() {
        return evaluation.isOpen() && (!conflicted || overridden);
    }
}
