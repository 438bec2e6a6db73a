package org.gongjian.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectStatus;

/** The bound tenant's accepted projects (验收通过), the ones a year's evaluation grades. */
@Dependent
public class AcceptedProjects {

    @PersistenceContext
    EntityManager em;

    /** The year's accepted projects, by title. */
    public List<Project> ofYear(int year) {
        return em.createQuery("select p from Project p where p.year = :year and p.status = :accepted order by p.title, p.id", Project.class)
                .setParameter("year", year).setParameter("accepted", ProjectStatus.ACCEPTED).getResultList();
    }

    /** The accepted projects of one unit or claimant organisation, newest year first. */
    public List<Project> ofOwner(Long unitId, Long claimantId) {
        return em.createQuery("select p from Project p where p.status = :accepted"
                        + " and (p.owner.unitId = :unit or p.owner.claimantId = :claimant) order by p.year desc, p.title, p.id", Project.class)
                .setParameter("accepted", ProjectStatus.ACCEPTED)
                .setParameter("unit", unitId == null ? -1L : unitId)
                .setParameter("claimant", claimantId == null ? -1L : claimantId)
                .getResultList();
    }

    /** Whether the project is accepted and of this year: graded in that year's evaluation. */
    public static boolean gradedIn(Project project, int year) {
        return project.getStatus() == ProjectStatus.ACCEPTED && project.getYear() == year;
    }
}
