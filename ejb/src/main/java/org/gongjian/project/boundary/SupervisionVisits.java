package org.gongjian.project.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.project.control.ProjectEvent;
import org.gongjian.project.control.Supervision;
import org.gongjian.project.control.VisitNote;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.SupervisionVisit;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;

/**
 * Supervision and guidance visits (督查、指导) to a project being carried out: the tenant's admins
 * and evaluators record findings, requested corrections and written feedback (信函式反馈), which
 * goes to the project's owner; the owner answers each visit once, and the tenant hears of the answer.
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class SupervisionVisits {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    @Inject
    Supervision supervision;

    @Inject
    Audit audit;

    @Inject
    CurrentTenant tenant;

    @Inject
    Event<ProjectEvent> events;

    /** The project's visits, earliest first. */
    public List<SupervisionVisit> list(long projectId) {
        access.readable(projectId);
        return em.createNamedQuery(SupervisionVisit.OF_PROJECT, SupervisionVisit.class).setParameter("project", projectId)
                .getResultList();
    }

    /** Records a visit that has taken place (not after the tenant's today). */
    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.EVALUATOR})
    public SupervisionVisit record(long projectId, VisitNote note) {
        return supervision.record(tenant.id(), access.forOrganiser(projectId), note);
    }

    /** The owner's written answer to a visit's feedback; each visit is answered once. */
    @TenantRoles({Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public SupervisionVisit answer(long projectId, long visitId, String answer) {
        Project project = access.forOwner(projectId);
        project.requireUnderway();
        SupervisionVisit visit = em.find(SupervisionVisit.class, visitId);
        if (visit == null || visit.getProjectId() != projectId) {
            throw new NotFoundException();
        }
        Map<String, Object> before = Supervision.withId(visit);
        visit.answer(answer, audit.actor(), OffsetDateTime.now());
        audit.record("project.visit.answer", "project", projectId, before, Supervision.withId(visit));
        events.fire(ProjectEvent.of(tenant.id(), project, "project.visit.answer", false));
        return visit;
    }
}
