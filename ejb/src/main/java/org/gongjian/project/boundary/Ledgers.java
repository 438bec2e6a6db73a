package org.gongjian.project.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.control.CalendarGate;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.control.LedgerDetails;
import org.gongjian.project.control.LedgerLine;
import org.gongjian.project.control.OverdueEntry;
import org.gongjian.project.control.OwnerNames;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.project.entity.LedgerEntry;
import org.gongjian.project.entity.LedgerStatus;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.project.entity.Signal;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;

/**
 * The ledger (台账) of a project being carried out: goals, tasks and milestones with owner,
 * deadline, measures and status, kept by the project's owner and the tenant's admins. Traffic
 * lights are judged against the tenant's today by the database clock; the tenant's admins and
 * evaluators see every open entry that is overdue or due soon.
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class Ledgers {

    private static final String DUE = "select e, p from LedgerEntry e, Project p "
            + "where p.id = e.projectId and e.status = :open and e.deadline <= :date and p.status = :underway";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    @Inject
    OwnerNames owners;

    @Inject
    CalendarGate calendar;

    @Inject
    Audit audit;

    /** The project's entries by stage (entries without one last), then deadline, each with its signal. */
    public List<LedgerLine> entries(long projectId) {
        access.readable(projectId);
        LocalDate today = calendar.today();
        return em.createNamedQuery(LedgerEntry.OF_PROJECT, LedgerEntry.class).setParameter("project", projectId)
                .getResultList().stream().map(entry -> new LedgerLine(entry, entry.signal(today))).toList();
    }

    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public LedgerEntry add(long projectId, LedgerDetails details) {
        underway(projectId);
        LedgerEntry entry = new LedgerEntry(projectId, audit.actor());
        describe(entry, details);
        em.persist(entry);
        em.flush();
        audit.record("project.ledger.add", "project", projectId, null, withId(entry));
        return entry;
    }

    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public LedgerEntry edit(long projectId, long entryId, LedgerDetails details) {
        return change(projectId, entryId, "project.ledger.edit", entry -> describe(entry, details));
    }

    /** Marks the entry done as of the tenant's today. */
    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public LedgerEntry markDone(long projectId, long entryId) {
        return change(projectId, entryId, "project.ledger.done", entry -> entry.markDone(calendar.today()));
    }

    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public LedgerEntry reopen(long projectId, long entryId) {
        return change(projectId, entryId, "project.ledger.reopen", LedgerEntry::reopen);
    }

    /**
     * Every open entry of the tenant's projects under way that is overdue or due within
     * {@value LedgerEntry#AMBER_DAYS} days, the most pressing first.
     */
    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.EVALUATOR})
    public List<OverdueEntry> overdue() {
        return overdue(null, null);
    }

    /** Those of the projects of one year (null: every year) with one signal (null: red and amber). */
    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.EVALUATOR})
    public List<OverdueEntry> overdue(Integer year, Signal signal) {
        LocalDate today = calendar.today();
        TypedQuery<Object[]> query = em.createQuery(DUE + (year == null ? "" : " and p.year = :year")
                + " order by e.deadline, p.id, e.id", Object[].class).setParameter("open", LedgerStatus.OPEN)
                .setParameter("date", today.plusDays(LedgerEntry.AMBER_DAYS)).setParameter("underway", ProjectStatus.UNDERWAY);
        if (year != null) {
            query.setParameter("year", year);
        }
        List<Object[]> due = query.getResultList().stream()
                .filter(row -> signal == null || ((LedgerEntry) row[0]).signal(today) == signal).toList();
        Map<ProjectOwner, String> names = owners.of(due.stream().map(row -> ((Project) row[1]).getOwner()).toList());
        return due.stream().map(row -> {
            LedgerEntry entry = (LedgerEntry) row[0];
            Project project = (Project) row[1];
            return new OverdueEntry(entry.getId(), entry.getProjectId(), project.getTitle(), names.getOrDefault(project.getOwner(), ""),
                    entry.getStage(), entry.getTitle(), entry.getOwner(), entry.getDeadline(), entry.signal(today));
        }).toList();
    }

    private LedgerEntry change(long projectId, long entryId, String action, Consumer<LedgerEntry> change) {
        underway(projectId);
        LedgerEntry entry = entry(projectId, entryId);
        Map<String, Object> before = withId(entry);
        change.accept(entry);
        audit.record(action, "project", projectId, before, withId(entry));
        return entry;
    }

    private void underway(long projectId) {
        Project project = access.forOwnerOrAdmin(projectId);
        project.requireUnderway();
    }

    private LedgerEntry entry(long projectId, long entryId) {
        LedgerEntry entry = em.find(LedgerEntry.class, entryId);
        if (entry == null || entry.getProjectId() != projectId) {
            throw new NotFoundException();
        }
        return entry;
    }

    private static void describe(LedgerEntry entry, LedgerDetails details) {
        LedgerDetails given = details == null ? new LedgerDetails(null, null, null, null, null, null) : details;
        entry.describe(given.kind(), given.stage(), given.title(), given.owner(), given.deadline(), given.measures());
    }

    private static Map<String, Object> withId(LedgerEntry entry) {
        Map<String, Object> state = entry.snapshot();
        state.put("entry", entry.getId());
        return state;
    }
}
