package org.gongjian.project.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.CurrentTenant;

/**
 * Who may see and work on which project of the bound tenant. The tenant's admins and evaluators
 * see every declared project; whoever speaks for the project's owner (a member of its unit, an
 * account of its claimant organisation) sees it, drafts included, and nobody else does. A project
 * the caller may not see is not found, the same as one that does not exist.
 */
@Dependent
public class ProjectAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public boolean isAdmin() {
        return tenant.isAdmin();
    }

    public boolean isOrganiser() {
        return tenant.isOrganiser();
    }

    /** The unit the caller speaks for, or null. */
    public Long callerUnit() {
        return tenant.unitId();
    }

    /** The claimant organisation the caller speaks for, or null. */
    public Long callerClaimant() {
        return tenant.claimantId();
    }

    /** Whether the caller speaks for the project's owner. */
    public boolean speaksFor(Project project) {
        return tenant.speaksFor(project.getOwner());
    }

    public Project readable(long id) {
        Project project = em.find(Project.class, id);
        if (project == null || !(speaksFor(project) || isOrganiser() && project.getStatus() != ProjectStatus.DRAFT)) {
            throw new NotFoundException();
        }
        return project;
    }

    /** The ids of the drafts the caller may not read: other owners' projects not yet declared. */
    public List<Long> unreadableDrafts() {
        return em.createQuery("select p.id from Project p where p.status = :draft"
                        + " and (p.owner.unitId is null or p.owner.unitId <> :unit)"
                        + " and (p.owner.claimantId is null or p.owner.claimantId <> :claimant)", Long.class)
                .setParameter("draft", ProjectStatus.DRAFT)
                .setParameter("unit", callerUnit() == null ? -1L : callerUnit())
                .setParameter("claimant", callerClaimant() == null ? -1L : callerClaimant())
                .getResultList();
    }

    /** The project, locked for this change, if the caller speaks for its owner. */
    public Project forOwner(long id) {
        Project project = readable(id);
        if (!speaksFor(project)) {
            throw new EJBAccessException("only the project's owner");
        }
        return lock(project);
    }

    /** The project, locked for this change, if the caller is an admin of the tenant. */
    public Project forAdmin(long id) {
        Project project = readable(id);
        if (!isAdmin()) {
            throw new EJBAccessException("only the tenant's admins");
        }
        return lock(project);
    }

    /** The project, locked for this change, for whoever speaks for its owner or an admin. */
    public Project forOwnerOrAdmin(long id) {
        Project project = readable(id);
        if (!speaksFor(project) && !isAdmin()) {
            throw new EJBAccessException("only the project's owner or the tenant's admins");
        }
        return lock(project);
    }

    /** The project, locked for this change, for an admin or evaluator. */
    public Project forOrganiser(long id) {
        Project project = readable(id);
        if (!isOrganiser()) {
            throw new EJBAccessException("only the tenant's admins and evaluators");
        }
        return lock(project);
    }

    /** Serialises changes to one project, so numbering and quotas hold under concurrent requests. */
    private Project lock(Project project) {
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        return project;
    }
}
