package org.gongjian.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.BusinessException.Reason;
import org.gongjian.project.control.GoalFigures;
import org.gongjian.project.control.ProgressNote;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.project.control.ProjectEvent;
import org.gongjian.project.entity.Field;
import org.gongjian.project.entity.Figures;
import org.gongjian.project.entity.ProgressReport;
import org.gongjian.project.entity.Project;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;

/**
 * The progress reports of a project being carried out: text and figures reached against its
 * declared goals, numbered per project, never changed. The owner reports; the tenant hears of it.
 */
@Stateless
@TenantBound
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class ProgressReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    @Inject
    Audit audit;

    @Inject
    CurrentTenant tenant;

    @Inject
    Event<ProjectEvent> events;

    /** The project's reports, first one first. */
    public List<ProgressReport> list(long projectId) {
        access.readable(projectId);
        return em.createNamedQuery(ProgressReport.OF_PROJECT, ProgressReport.class).setParameter("project", projectId)
                .getResultList();
    }

    /**
     * Submits the next report. Figures may be given for any of the declared goals, none below
     * zero; a figure for a goal the declaration does not have is refused.
     */
    @RolesAllowed({Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public ProgressReport submit(long projectId, ProgressNote note) {
        Project project = access.forOwner(projectId);
        project.requireUnderway();
        ProgressNote given = note == null ? new ProgressNote(null, null) : note;
        List<Reason> reasons = new ArrayList<>();
        try {
            Field.REPORT.required(given.body());
        } catch (BusinessException refused) {
            reasons.addAll(refused.reasons());
        }
        Map<String, BigDecimal> figures = GoalFigures.checked(project.getDraft(), given.figures(), reasons);
        if (!reasons.isEmpty()) {
            throw new BusinessException(reasons);
        }
        int number = ((Number) em.createNamedQuery(ProgressReport.LAST_NUMBER).setParameter("project", projectId)
                .getSingleResult()).intValue() + 1;
        ProgressReport report = new ProgressReport(projectId, number, given.body(), new Figures(figures), audit.actor());
        em.persist(report);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("progressReport", number);
        after.put("figures", figures);
        audit.record("project.progress", "project", projectId, null, after);
        events.fire(ProjectEvent.of(tenant.id(), project, "project.progress", false));
        return report;
    }
}
