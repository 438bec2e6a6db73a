package org.gongjian.project.boundary;

import jakarta.annotation.security.RolesAllowed;
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
import org.gongjian.config.control.CalendarGate;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.project.control.ProjectEvent;
import org.gongjian.project.control.VisitNote;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.SupervisionVisit;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;

/**
 * Supervision and guidance visits (督查、指导) to a project being carried out: the tenant's admins
 * and evaluators record findings, requested corrections and written feedback (信函式反馈), which
 * goes to the project's owner; the owner answers each visit once, and the tenant hears of the answer.
 */
@Stateless
@TenantBound
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class SupervisionVisits {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    @Inject
    CalendarGate calendar;

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
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.EVALUATOR})
    public SupervisionVisit record(long projectId, VisitNote note) {
        Project project = access.forOrganiser(projectId);
        project.requireUnderway();
        VisitNote given = note == null ? new VisitNote(null, null, null, null, null) : note;
        if (given.visitedOn() != null && given.visitedOn().isAfter(calendar.today())) {
            throw new BusinessException("visit.date.future", given.visitedOn());
        }
        SupervisionVisit visit = new SupervisionVisit(projectId, given.kind(), given.visitedOn(), given.findings(),
                given.corrections(), given.feedback(), audit.actor());
        em.persist(visit);
        em.flush();
        audit.record("project.visit", "project", projectId, null, withId(visit));
        events.fire(ProjectEvent.of(tenant.id(), project, "project.visit", true));
        return visit;
    }

    /** The owner's written answer to a visit's feedback; each visit is answered once. */
    @RolesAllowed({Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public SupervisionVisit answer(long projectId, long visitId, String answer) {
        Project project = access.forOwner(projectId);
        project.requireUnderway();
        SupervisionVisit visit = em.find(SupervisionVisit.class, visitId);
        if (visit == null || visit.getProjectId() != projectId) {
            throw new NotFoundException();
        }
        Map<String, Object> before = withId(visit);
        visit.answer(answer, audit.actor(), OffsetDateTime.now());
        audit.record("project.visit.answer", "project", projectId, before, withId(visit));
        events.fire(ProjectEvent.of(tenant.id(), project, "project.visit.answer", false));
        return visit;
    }

    private static Map<String, Object> withId(SupervisionVisit visit) {
        Map<String, Object> state = visit.snapshot();
        state.put("visit", visit.getId());
        return state;
    }
}
