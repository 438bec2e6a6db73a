package org.gongjian.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.account.entity.Account;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.control.CalendarGate;
import org.gongjian.project.control.CompetitionProjects;
import org.gongjian.project.control.FollowedProject;
import org.gongjian.project.control.FundStatement;
import org.gongjian.project.control.LedgerLine;
import org.gongjian.project.control.OwnerNames;
import org.gongjian.project.control.ProjectEvent;
import org.gongjian.project.control.Supervision;
import org.gongjian.project.control.VisitNote;
import org.gongjian.project.entity.Closure;
import org.gongjian.project.entity.DocumentKind;
import org.gongjian.project.entity.FundEntry;
import org.gongjian.project.entity.LedgerEntry;
import org.gongjian.project.entity.ProgressReport;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.project.entity.SupervisionVisit;
import org.gongjian.tenant.control.CurrentTenant;

/**
 * The host follows the projects won in its own competitions (中标项目), in whichever tenant each
 * lives, alongside that tenant's committee: it reads their progress, records supervision visits
 * and accepts them at closure, under the same rules as the tenant's admins. Every other project of
 * every tenant stays out of its reach (not found). Changes are audited in the project's tenant and
 * told to the project's unit.
 */
@Stateless
@RolesAllowed(Role.Names.HOST_ADMIN)
public class HostProjects {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetitionProjects won;

    @Inject
    Supervision supervision;

    @Inject
    OwnerNames owners;

    @Inject
    CalendarGate calendar;

    @Inject
    Audit audit;

    @Inject
    CurrentTenant tenant;

    @Inject
    CallerAccount caller;

    @Inject
    Event<ProjectEvent> events;

    /** By tenant, newest year first. */
    public List<FollowedProject> followed() {
        requireHost();
        return won.followed();
    }

    public FollowedProgress project(long projectId) {
        requireHost();
        FollowedProject followed = won.enterTenantOf(projectId);
        Project project = em.find(Project.class, projectId);
        LocalDate today = calendar.today();
        List<LedgerLine> ledger = em.createNamedQuery(LedgerEntry.OF_PROJECT, LedgerEntry.class).setParameter("project", projectId)
                .getResultList().stream().map(entry -> new LedgerLine(entry, entry.signal(today))).toList();
        List<ProgressReport> reports = em.createNamedQuery(ProgressReport.OF_PROJECT, ProgressReport.class)
                .setParameter("project", projectId).getResultList();
        List<SupervisionVisit> visits = em.createNamedQuery(SupervisionVisit.OF_PROJECT, SupervisionVisit.class)
                .setParameter("project", projectId).getResultList();
        FundStatement funds = new FundStatement(em.createNamedQuery(FundEntry.OF_PROJECT, FundEntry.class)
                .setParameter("project", projectId).getResultList());
        Closure closure = em.createNamedQuery(ProjectDocument.OF_PROJECT, ProjectDocument.class).setParameter("project", projectId)
                .setParameter("kind", DocumentKind.CLOSURE).getResultList().stream()
                .reduce((earlier, later) -> later).map(ProjectDocument::closure).orElse(null);
        return new FollowedProgress(followed.with(owners.of(project.getOwner()), funds.granted(), funds.spent()), project, ledger,
                reports, visits, funds, closure, today);
    }

    /** A visit that has taken place (not after the tenant's today) to a project being carried out. */
    public SupervisionVisit recordVisit(long projectId, VisitNote note) {
        requireHost();
        FollowedProject followed = won.enterTenantOf(projectId);
        return supervision.record(followed.tenantId(), locked(projectId), note);
    }

    /** Accepts (验收) the project whose closure report was submitted. */
    public Project accept(long projectId) {
        requireHost();
        FollowedProject followed = won.enterTenantOf(projectId);
        Project project = locked(projectId);
        var before = project.snapshot();
        project.accept();
        audit.recordFor(followed.tenantId(), "project.accept", "project", projectId, before, project.snapshot());
        events.fire(ProjectEvent.of(followed.tenantId(), project, "project.accept", true));
        return project;
    }

    /** The host works without a tenant, as the account holding the host's admin role. */
    private void requireHost() {
        if (tenant.isPresent() || caller.account().filter(Account::isHostAdmin).isEmpty()) {
            throw new EJBAccessException("only the host follows the projects of its competitions");
        }
    }

    private Project locked(long projectId) {
        return em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
    }
}
