package org.gongjian.evaluation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.evaluation.entity.Arithmetic.ChannelPart;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.EvaluationResult;
import org.gongjian.evaluation.entity.ProjectGrade;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.GradeBand;
import org.gongjian.tenantconfig.Name;

/** The bound tenant's frozen results, latest version of each project, for awards and yearly records. */
@Dependent
public class EvaluatedProjects {

    @PersistenceContext
    EntityManager em;

    public Optional<ProjectGrade> latest(long projectId) {
        return em.createQuery("select r from EvaluationResult r where r.projectId = :project order by r.number desc", EvaluationResult.class)
                .setParameter("project", projectId).setMaxResults(1).getResultStream().findFirst()
                .map(result -> grade(em.find(Evaluation.class, result.getEvaluationId()), result));
    }

    public List<ProjectGrade> ofYear(int year) {
        Optional<Evaluation> evaluation = em.createNamedQuery(Evaluation.BY_YEAR, Evaluation.class).setParameter("year", year)
                .getResultStream().findFirst();
        return evaluation.map(e -> em.createNamedQuery(EvaluationResult.LATEST_OF_EVALUATION, EvaluationResult.class)
                .setParameter("evaluation", e.getId()).getResultList().stream().map(result -> grade(e, result)).toList()).orElse(List.of());
    }

    private static ProjectGrade grade(Evaluation evaluation, EvaluationResult result) {
        Name gradeName = result.getGradeKey() == null ? null : evaluation.getScheme().grades().stream()
                .filter(band -> band.key().equals(result.getGradeKey())).map(GradeBand::name).findFirst().orElse(null);
        Map<ChannelKind, BigDecimal> scores = new EnumMap<>(ChannelKind.class);
        for (ChannelPart part : result.getArithmetic().channels()) {
            if (part.present()) {
                scores.put(part.kind(), part.score());
            }
        }
        return new ProjectGrade(result.getProjectId(), evaluation.getYear(), result.getNumber(), result.getTotal(),
                result.getGradeKey(), gradeName, scores);
    }
}
