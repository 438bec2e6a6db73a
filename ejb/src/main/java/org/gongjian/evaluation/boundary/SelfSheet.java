package org.gongjian.evaluation.boundary;

import java.util.List;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.tenantconfig.Criterion;

/** The owner's self-evaluation of a project: the channel's criteria and the sheet, null until first saved. */
public record SelfSheet(Evaluation evaluation, long projectId, String title, List<Criterion> criteria, ScoreSheet sheet) {
}
