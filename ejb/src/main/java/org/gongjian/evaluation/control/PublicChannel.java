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
import org.gongjian.evaluation.entity.EvaluationStatus;
import org.gongjian.project.control.OwnerNames;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.Criterion;

/**
 * The public opinion channel (民意测评) of the bound tenant's evaluations: which projects it
 * covers (the accepted projects of an evaluation's year) and the criteria it is scored on.
 */
@Dependent
public class PublicChannel {

    @PersistenceContext
    EntityManager em;

    @Inject
    OwnerNames owners;

    public Optional<Evaluation> evaluation(int year) {
        return em.createQuery("select e from Evaluation e where e.year = :year", Evaluation.class).setParameter("year", year)
                .getResultStream().findFirst();
    }

    /** The project if the evaluation covers it. */
    public Optional<Project> project(Evaluation evaluation, long projectId) {
        Project project = em.find(Project.class, projectId);
        return project != null && project.getYear() == evaluation.getYear() && project.getStatus() == ProjectStatus.ACCEPTED
                ? Optional.of(project) : Optional.empty();
    }

    /** The projects of every open evaluation that asks the public, newest year first, by title. */
    public List<OpinionProject> open() {
        List<Integer> years = em.createQuery("select e from Evaluation e where e.status = :open", Evaluation.class)
                .setParameter("open", EvaluationStatus.OPEN).getResultStream().filter(PublicChannel::asksThePublic)
                .map(Evaluation::getYear).toList();
        if (years.isEmpty()) {
            return List.of();
        }
        List<Project> projects = em.createQuery("select p from Project p where p.year in :years and p.status = :accepted "
                        + "order by p.year desc, p.title, p.id", Project.class)
                .setParameter("years", years).setParameter("accepted", ProjectStatus.ACCEPTED).getResultList();
        Map<ProjectOwner, String> names = owners.of(projects.stream().map(Project::getOwner).toList());
        return projects.stream().map(p -> OpinionProject.of(p, names.getOrDefault(p.getOwner(), ""))).toList();
    }

    public OpinionProject shown(Project project) {
        return OpinionProject.of(project, owners.of(project.getOwner()));
    }

    /** Whether the evaluation's scheme gives the public channel any weight. */
    public static boolean asksThePublic(Evaluation evaluation) {
        return evaluation.getScheme().channel(ChannelKind.PUBLIC).filter(channel -> channel.weight().signum() > 0).isPresent();
    }

    public static List<Criterion> criteria(Evaluation evaluation) {
        return evaluation.getScheme().criteriaOf(ChannelKind.PUBLIC);
    }
}
