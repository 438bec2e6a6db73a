package org.gongjian.evaluation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.evaluation.boundary.ProjectResult;
import org.gongjian.evaluation.entity.Arithmetic;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.EvaluationResult;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.control.AcceptedProjects;
import org.gongjian.project.control.OwnerNames;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.tenantconfig.ChannelKind;

/** The evaluations' reads the three boundaries share: the year's evaluation, its projects, sheets and frozen results. */
@Dependent
public class EvaluationProjects {

    @PersistenceContext
    EntityManager em;

    @Inject
    AcceptedProjects accepted;

    @Inject
    OwnerNames owners;

    @Inject
    Grading grading;

    public Optional<Evaluation> evaluation(int year) {
        return em.createNamedQuery(Evaluation.BY_YEAR, Evaluation.class).setParameter("year", year).getResultStream().findFirst();
    }

    public List<Project> accepted(int year) {
        return accepted.ofYear(year);
    }

    public List<Project> acceptedOf(Long unitId, Long claimantId) {
        return accepted.ofOwner(unitId, claimantId);
    }

    public Map<ProjectOwner, String> ownerNames(Collection<ProjectOwner> owned) {
        return owners.of(owned);
    }

    public String ownerName(ProjectOwner owner) {
        return owners.of(owner);
    }

    /** The project, if the evaluation grades it (accepted, of its year); else not found. */
    public Project graded(Evaluation evaluation, long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null || !AcceptedProjects.gradedIn(project, evaluation.getYear())) {
            throw new NotFoundException();
        }
        return project;
    }

    /**
     * Per project: sheets by channel ({@code SELF}, {@code ORGANISATIONAL}, {@code PUBLIC} for
     * votes by code, {@code PAPER} for paper ballots) and {@code ASSIGNED} evaluators. Two queries.
     */
    public Map<Long, Map<String, Integer>> progress(Evaluation evaluation) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        em.createQuery("select s.projectId, s.channel, s.paper, count(s) from ScoreSheet s where s.evaluationId = :evaluation"
                        + " group by s.projectId, s.channel, s.paper", Object[].class)
                .setParameter("evaluation", evaluation.getId()).getResultList().forEach(row -> {
                    String key = (Boolean) row[2] ? "PAPER" : ((ChannelKind) row[1]).name();
                    counts.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put(key, ((Long) row[3]).intValue());
                });
        em.createQuery("select a.projectId, count(a) from EvaluatorAssignment a where a.evaluationId = :evaluation group by a.projectId",
                        Object[].class)
                .setParameter("evaluation", evaluation.getId()).getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put("ASSIGNED", ((Long) row[1]).intValue()));
        return counts;
    }

    public List<ScoreSheet> sheets(Evaluation evaluation, long projectId) {
        return em.createNamedQuery(ScoreSheet.OF_PROJECT, ScoreSheet.class)
                .setParameter("evaluation", evaluation.getId()).setParameter("project", projectId).getResultList();
    }

    public Optional<ScoreSheet> sheetOf(Evaluation evaluation, long projectId, long accountId) {
        return em.createNamedQuery(ScoreSheet.OF_SCORER, ScoreSheet.class)
                .setParameter("evaluation", evaluation.getId()).setParameter("project", projectId)
                .setParameter("channel", ChannelKind.ORGANISATIONAL).setParameter("account", accountId).getResultStream().findFirst();
    }

    public Optional<ScoreSheet> selfSheet(Evaluation evaluation, long projectId) {
        return em.createNamedQuery(ScoreSheet.SELF, ScoreSheet.class)
                .setParameter("evaluation", evaluation.getId()).setParameter("project", projectId).getResultStream().findFirst();
    }

    /** The project's frozen results, newest first. */
    public List<EvaluationResult> results(Evaluation evaluation, long projectId) {
        return em.createNamedQuery(EvaluationResult.OF_PROJECT, EvaluationResult.class)
                .setParameter("evaluation", evaluation.getId()).setParameter("project", projectId).getResultList();
    }

    public List<EvaluationResult> latestResults(Evaluation evaluation) {
        return em.createNamedQuery(EvaluationResult.LATEST_OF_EVALUATION, EvaluationResult.class)
                .setParameter("evaluation", evaluation.getId()).getResultList();
    }

    /** The result page: the latest frozen arithmetic, or the live one while open or before a result was frozen. */
    public ProjectResult result(Evaluation evaluation, Project project, List<ScoreSheet> shown) {
        List<EvaluationResult> versions = results(evaluation, project.getId());
        Arithmetic current = versions.isEmpty() ? grading.of(evaluation, project.getId()) : versions.get(0).getArithmetic();
        return new ProjectResult(evaluation, project.getId(), project.getTitle(), ownerName(project.getOwner()), current, versions, shown);
    }
}
