package org.gongjian.evaluation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.evaluation.boundary.OpinionProject;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Criterion;

/**
 * The public opinion channel (民意测评) of the bound tenant's evaluations: the projects it is open
 * for (the graded projects of an open evaluation whose scheme gives the public any weight), the
 * criteria it is scored on, and its paper ballots.
 */
@Dependent
public class PublicChannel {

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationProjects projects;

    public Optional<Evaluation> evaluation(int year) {
        return projects.evaluation(year);
    }

    /** The project if the evaluation grades it; else not found. */
    public Project project(Evaluation evaluation, long projectId) {
        return projects.graded(evaluation, projectId);
    }

    /** The projects of every open evaluation that asks the public, newest year first, by title. */
    public List<OpinionProject> open() {
        List<Project> open = em.createNamedQuery(Evaluation.ALL, Evaluation.class).getResultStream()
                .filter(Evaluation::isOpen).filter(PublicChannel::asksThePublic)
                .flatMap(evaluation -> projects.accepted(evaluation.getYear()).stream()).toList();
        Map<ProjectOwner, String> names = projects.ownerNames(open.stream().map(Project::getOwner).toList());
        return open.stream().map(p -> OpinionProject.of(p, names.getOrDefault(p.getOwner(), ""))).toList();
    }

    public OpinionProject shown(Project project) {
        return OpinionProject.of(project, projects.ownerName(project.getOwner()));
    }

    /** How many paper ballots an admin entered for the project. */
    public long paperBallots(Evaluation evaluation, long projectId) {
        return em.createQuery("select count(s) from ScoreSheet s where s.evaluationId = :evaluation and s.projectId = :project"
                        + " and s.channel = :public and s.paper = true", Long.class)
                .setParameter("evaluation", evaluation.getId()).setParameter("project", projectId)
                .setParameter("public", ChannelKind.PUBLIC).getSingleResult();
    }

    /** Whether the evaluation's scheme gives the public channel any weight. */
    public static boolean asksThePublic(Evaluation evaluation) {
        return evaluation.getScheme().channel(ChannelKind.PUBLIC).filter(channel -> channel.weight().signum() > 0).isPresent();
    }

    public static List<Criterion> criteria(Evaluation evaluation) {
        return evaluation.getScheme().criteriaOf(ChannelKind.PUBLIC);
    }
}
