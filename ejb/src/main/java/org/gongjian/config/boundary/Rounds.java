package org.gongjian.config.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.control.ConfigHistory;
import org.gongjian.config.control.SavedConfiguration;
import org.gongjian.config.entity.ConfigVersion;
import org.gongjian.config.entity.Round;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;

/**
 * The current tenant's yearly rounds. Opening a round freezes the configuration version of that
 * moment for the year; finishing it closes the year for good.
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class Rounds {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfigHistory history;

    @Inject
    Audit audit;

    /** Newest year first. */
    public List<Round> all() {
        return em.createNamedQuery(Round.ALL, Round.class).getResultList();
    }

    public Optional<Round> find(int year) {
        return em.createNamedQuery(Round.BY_YEAR, Round.class).setParameter("year", year).getResultStream().findFirst();
    }

    /** The configuration the year's round froze when it opened. */
    public SavedConfiguration configurationOf(int year) {
        return ConfigHistory.read(find(year).orElseThrow(NotFoundException::new).getFrozen());
    }

    @TenantRoles(Role.Names.TENANT_ADMIN)
    public Round open(int year) {
        if (find(year).isPresent()) {
            throw new BusinessException("round.exists", String.valueOf(year));
        }
        ConfigVersion latest = history.latestVersion().orElseThrow(() -> new BusinessException("round.open.noConfiguration"));
        if (ConfigHistory.read(latest).configuration().calendar(year).isEmpty()) {
            throw new BusinessException("round.open.noCalendar", String.valueOf(year));
        }
        Round round = Round.open(year, latest, audit.actor());
        em.persist(round);
        em.flush();
        em.refresh(round);
        audit.record("round.open", "round", round.getId(), null, round.snapshot());
        return round;
    }

    @TenantRoles(Role.Names.TENANT_ADMIN)
    public Round finish(int year) {
        Round round = find(year).orElseThrow(NotFoundException::new);
        var before = round.snapshot();
        round.finish(audit.actor(), OffsetDateTime.now());
        audit.record("round.finish", "round", round.getId(), before, round.snapshot());
        return round;
    }
}
