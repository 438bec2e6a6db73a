package org.gongjian.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.control.CalendarGate;
import org.gongjian.platform.BusinessException;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.SupervisionVisit;

/**
 * Records a supervision or guidance visit (督查、指导) to a project being carried out, in the
 * transaction bound to the project's tenant, whoever visited: the tenant's admins and evaluators, or
 * the host for a project won in its competition. The visit has taken place (not after the tenant's
 * today); its written feedback goes to the project's owner.
 */
@Dependent
public class Supervision {

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarGate calendar;

    @Inject
    Audit audit;

    @Inject
    Event<ProjectEvent> events;

    /** The project must be locked by the caller; audited in the project's tenant as project.visit. */
    public SupervisionVisit record(long tenantId, Project project, VisitNote note) {
        project.requireUnderway();
        VisitNote given = note == null ? new VisitNote(null, null, null, null, null) : note;
        if (given.visitedOn() != null && given.visitedOn().isAfter(calendar.today())) {
            throw new BusinessException("visit.date.future", given.visitedOn());
        }
        SupervisionVisit visit = new SupervisionVisit(project.getId(), given.kind(), given.visitedOn(), given.findings(),
                given.corrections(), given.feedback(), audit.actor());
        em.persist(visit);
        em.flush();
        audit.recordFor(tenantId, "project.visit", "project", project.getId(), null, withId(visit));
        events.fire(ProjectEvent.of(tenantId, project, "project.visit", true));
        return visit;
    }

    /** The visit's state as the audit trail keeps it, with its id. */
    public static Map<String, Object> withId(SupervisionVisit visit) {
        Map<String, Object> state = visit.snapshot();
        state.put("visit", visit.getId());
        return state;
    }
}
