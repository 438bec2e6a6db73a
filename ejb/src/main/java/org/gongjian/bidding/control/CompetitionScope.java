package org.gongjian.bidding.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.account.entity.Account;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * Binds a transaction to the side it works for, in the database's terms: the organiser (the current
 * tenant's admins, or the host when no tenant is present), one competition, or a panel reviewer.
 * Each door is opened here only after the caller was checked; the row policies do the rest.
 */
@Dependent
public class CompetitionScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    CurrentTenant tenant;

    @Inject
    CallerAccount caller;

    /** Binds the transaction to the caller as organiser; refuses anyone else. */
    public Organiser organiser() {
        if (tenant.isPresent()) {
            if (!tenant.isAdmin()) {
                throw new EJBAccessException("only the tenant's admins organise its competitions");
            }
            session.enter(tenant.id());
            Tenant own = em.find(Tenant.class, tenant.id());
            return new Organiser(tenant.id(), ZoneId.of(own.getTimeZone()));
        }
        if (caller.account().filter(Account::isHostAdmin).isEmpty()) {
            throw new EJBAccessException("only the host organises the host's competitions");
        }
        session.enterHost();
        return new Organiser(null, Organiser.HOST_ZONE);
    }

    /** One of the organiser's competitions, the transaction bound to it; 404 for any other. */
    public Competition organised(Organiser organiser, long competitionId) {
        Competition competition = em.find(Competition.class, competitionId);
        if (competition == null || !java.util.Objects.equals(competition.getOrganiserTenantId(), organiser.tenantId())) {
            throw new NotFoundException();
        }
        session.bind("app.competition_id", competitionId);
        return competition;
    }

    /** Binds the transaction to the signed-in account as a reviewer; returns the account's id. */
    public long reviewer() {
        long account = caller.id().orElseThrow(() -> new EJBAccessException("reviewers sign in"));
        session.bind("app.reviewer_id", account);
        return account;
    }

    /** Binds the transaction to one competition the reviewer sits on; 404 for any other. */
    public Competition reviewed(long competitionId) {
        Competition competition = em.find(Competition.class, competitionId);
        if (competition == null) {
            throw new NotFoundException();
        }
        session.bind("app.competition_id", competitionId);
        return competition;
    }
}
