package org.gongjian.project.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gongjian.account.entity.Role;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.CurrentTenant;

/**
 * Who may see and work on which project of the bound tenant. The tenant's admins and evaluators
 * see every declared project; a unit member sees only the unit's own, drafts included. A project
 * the caller may not see is not found, the same as one that does not exist.
 */
@Dependent
public class ProjectAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    public boolean isAdmin() {
        return tenant.hasRole(Role.Names.TENANT_ADMIN);
    }

    /** Admins and evaluators: the tenant's side of the review. */
    public boolean isOrganiser() {
        return isAdmin() || tenant.hasRole(Role.Names.EVALUATOR);
    }

    /** The unit the caller speaks for, or null. */
    public Long callerUnit() {
        return tenant.hasRole(Role.Names.UNIT_MEMBER) ? tenant.unitId() : null;
    }

    public Project readable(long id) {
        Project project = em.find(Project.class, id);
        if (project == null || !(isOwnUnit(project) || isOrganiser() && project.getStatus() != ProjectStatus.DRAFT)) {
            throw new NotFoundException();
        }
        return project;
    }

    /** The ids of the drafts the caller may not read: other units' projects not yet declared. */
    public List<Long> unreadableDrafts() {
        Long unit = callerUnit();
        return em.createQuery("select p.id from Project p where p.status = :draft and p.unitId <> :unit", Long.class)
                .setParameter("draft", ProjectStatus.DRAFT)
                .setParameter("unit", unit == null ? -1L : unit)
                .getResultList();
    }

    /** The project, locked for this change, if the caller is a member of its unit. */
    public Project forUnit(long id) {
        Project project = readable(id);
        if (!isOwnUnit(project)) {
            throw new EJBAccessException("only the project's unit");
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

    /** The project, locked for this change, for a member of its unit or an admin. */
    public Project forUnitOrAdmin(long id) {
        Project project = readable(id);
        if (!isOwnUnit(project) && !isAdmin()) {
            throw new EJBAccessException("only the project's unit or the tenant's admins");
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

    private boolean isOwnUnit(Project project) {
        Long unit = callerUnit();
        return unit != null && unit.equals(project.getUnitId());
    }

    /** Serialises changes to one project, so numbering and quotas hold under concurrent requests. */
    private Project lock(Project project) {
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        return project;
    }
}
