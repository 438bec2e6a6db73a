package org.gongjian.award.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.account.entity.Account;
import org.gongjian.award.entity.AwardBatch;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantSession;
import org.gongjian.tenant.entity.Tenant;

/**
 * Binds a transaction to the side it works for, in the database's terms: the organiser (the current
 * tenant's admins, or the host's admins when no tenant is present), one batch of that organiser,
 * or the public. Each door is opened here only after the caller was checked; the row policies of
 * migration V13 do the rest.
 */
@Dependent
public class AwardScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    CurrentTenant tenant;

    @Inject
    CallerAccount caller;

    /** Binds the transaction to the caller as organiser; refuses anyone else. */
    public AwardOrganiser organiser() {
        if (tenant.isPresent()) {
            if (!tenant.isAdmin()) {
                throw new EJBAccessException("only the tenant's admins organise its awards");
            }
            session.enter(tenant.id());
            return new AwardOrganiser(tenant.id(), ZoneId.of(em.find(Tenant.class, tenant.id()).getTimeZone()));
        }
        if (caller.account().filter(Account::isHostAdmin).isEmpty()) {
            throw new EJBAccessException("only the host organises the city's awards");
        }
        session.enterHost();
        return new AwardOrganiser(null, AwardOrganiser.HOST_ZONE);
    }

    /** One of the organiser's batches, locked for the change, the transaction bound to it; 404 for any other. */
    public AwardBatch organised(AwardOrganiser organiser, long batchId) {
        AwardBatch batch = em.find(AwardBatch.class, batchId);
        if (batch == null || !Objects.equals(batch.getOrganiserTenantId(), organiser.tenantId())) {
            throw new NotFoundException();
        }
        session.bind("app.award_batch_id", batchId);
        em.lock(batch, LockModeType.PESSIMISTIC_WRITE);
        return batch;
    }

    /** Makes the transaction read-only and lets it read published batches and their prizes, nothing else. */
    public void publicReader() {
        try (PreparedStatement statement = session.connection().prepareStatement(
                "select set_config('transaction_read_only', 'on', true), set_config('app.public_awards', 'on', true)")) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the published awards", e);
        }
    }

    /** The database clock's day in the batch's time zone: the day its window is read on. */
    public LocalDate today(AwardBatch batch) {
        try (PreparedStatement statement = session.connection().prepareStatement("select (clock_timestamp() at time zone ?)::date")) {
            statement.setString(1, batch.getTimeZone());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getObject(1, LocalDate.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database clock", e);
        }
    }
}
