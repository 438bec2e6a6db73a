package org.gongjian.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.control.CalendarGate;
import org.gongjian.platform.BusinessException;
import org.gongjian.project.control.FundMovement;
import org.gongjian.project.control.FundStatement;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.project.control.ProjectEvent;
import org.gongjian.project.entity.FundEntry;
import org.gongjian.project.entity.FundKind;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.Yuan;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;

/**
 * Special funds (专项经费) of a project being carried out, in yuan exact to the fen: the tenant's
 * admins grant, the project's owner spends, never beyond what was granted. Entries are never changed.
 */
@Stateless
@TenantBound
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class Funds {

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

    public FundStatement statement(long projectId) {
        access.readable(projectId);
        return statementOf(projectId);
    }

    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public FundEntry grant(long projectId, FundMovement movement) {
        Project project = access.forAdmin(projectId);
        project.requireUnderway();
        FundEntry entry = record(project, FundKind.GRANT, movement);
        events.fire(ProjectEvent.of(tenant.id(), project, "project.fund.grant", true));
        return entry;
    }

    /** Spends from the project's funds; refuses more than the balance of what was granted. */
    @RolesAllowed({Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
    public FundEntry spend(long projectId, FundMovement movement) {
        Project project = access.forOwner(projectId);
        project.requireUnderway();
        if (movement != null && movement.amount() != null) {
            BigDecimal amount = Yuan.of(movement.amount(), false);
            BigDecimal balance = statementOf(projectId).balance();
            if (amount.compareTo(balance) > 0) {
                throw new BusinessException("fund.overspend", amount.toPlainString(), balance.toPlainString());
            }
        }
        return record(project, FundKind.SPENDING, movement);
    }

    private FundEntry record(Project project, FundKind kind, FundMovement movement) {
        FundMovement given = movement == null ? new FundMovement(null, null, null) : movement;
        if (given.date() != null && given.date().isAfter(calendar.today())) {
            throw new BusinessException("fund.date.future", given.date());
        }
        FundEntry entry = new FundEntry(project.getId(), kind, given.amount(), given.date(), given.purpose(), audit.actor());
        em.persist(entry);
        em.flush();
        var after = entry.snapshot();
        after.put("fundEntry", entry.getId());
        audit.record(kind == FundKind.GRANT ? "project.fund.grant" : "project.fund.spend", "project", project.getId(), null, after);
        return entry;
    }

    private FundStatement statementOf(long projectId) {
        return new FundStatement(em.createNamedQuery(FundEntry.OF_PROJECT, FundEntry.class)
                .setParameter("project", projectId).getResultList());
    }
}
