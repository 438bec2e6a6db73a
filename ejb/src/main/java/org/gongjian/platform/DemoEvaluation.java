package org.gongjian.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.entity.Round;
import org.gongjian.evaluation.entity.CriterionPoints;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.EvaluatorAssignment;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.project.control.AcceptedProjects;
import org.gongjian.project.entity.Project;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.EvaluationScheme;

/**
 * A demo tenant's open evaluation of the year: its evaluator assigned to every accepted project,
 * and the owner's self-evaluation of each already in. Each step audited as "system".
 */
@Dependent
class DemoEvaluation {

    @PersistenceContext
    EntityManager em;

    @Inject
    AcceptedProjects accepted;

    @Inject
    Audit audit;

    /** In the tenant's transaction, after its projects and accounts. */
    void write(long tenantId, Round round, EvaluationScheme scheme, long evaluatorAccountId) {
        Evaluation evaluation = new Evaluation(round.getYear(), round.getId(), scheme, "system");
        em.persist(evaluation);
        em.flush();
        audit.recordFor(tenantId, "evaluation.open", "evaluation", evaluation.getId(), null, evaluation.snapshot());
        for (Project project : accepted.ofYear(round.getYear())) {
            EvaluatorAssignment assignment = new EvaluatorAssignment(evaluation, project.getId(), evaluatorAccountId, "system");
            em.persist(assignment);
            ScoreSheet self = ScoreSheet.self(evaluation, project.getId(), "system");
            List<Criterion> criteria = scheme.criteriaOf(ChannelKind.SELF);
            self.fill(criteria, SheetForm.of(criteria.stream()
                    .map(c -> new CriterionPoints(c.key(), BigDecimal.valueOf(c.maxScore() * 9L / 10))).toList(),
                    "联盟吸纳 12 家物业企业，解决小区难题 48 件，居民满意度明显提升。"));
            em.persist(self);
            em.flush();
            audit.recordFor(tenantId, "evaluation.assign", "evaluator_assignment", assignment.getId(), null, assignment.snapshot());
            audit.recordFor(tenantId, "evaluation.self", "score_sheet", self.getId(), null, self.snapshot());
        }
    }
}
