package org.gongjian.award.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongjian.audit.control.Audit;
import org.gongjian.award.control.AwardNews;
import org.gongjian.award.control.AwardOrganiser;
import org.gongjian.award.control.AwardScope;
import org.gongjian.award.entity.AwardApplication;
import org.gongjian.award.entity.AwardBatch;
import org.gongjian.award.entity.AwardInspection;
import org.gongjian.award.entity.HostBatchTerms;
import org.gongjian.award.entity.PrizeCounts;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.config.control.SavedConfiguration;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.DatabaseClock;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenantconfig.AwardTier;
import org.gongjian.tenantconfig.Phase;
import org.gongjian.tenantconfig.Window;

/**
 * The organiser's work on award batches: a tenant's (its admins: the year's batch on the window and
 * prize counts of the year's frozen round) or the host's (its admins, when no tenant is present: the
 * city batch over the tenants' nominations, with its own counts and window). Inspecting, deciding
 * prizes within the batch's counts, award funds and publishing are the same for both; every change
 * is audited, and the applicants are told once the list is published.
 */
@Stateless
public class Awards {

    @PersistenceContext
    EntityManager em;

    @Inject
    AwardScope scope;

    @Inject
    Rounds rounds;

    @Inject
    DatabaseClock clock;

    @Inject
    Audit audit;

    @Inject
    Event<AwardNews> news;

    /** The organiser's batches, newest year first. */
    public List<AwardBatch> batches() {
        AwardOrganiser organiser = scope.organiser();
        return organiser.isHost()
                ? em.createNamedQuery(AwardBatch.OF_HOST, AwardBatch.class).getResultList()
                : em.createNamedQuery(AwardBatch.OF_ORGANISER, AwardBatch.class).setParameter("tenant", organiser.tenantId()).getResultList();
    }

    /** Opens the tenant's batch of the year on its frozen round: the award window of its calendar and the prize counts of its rules. */
    public AwardBatch open(int year, String title) {
        AwardOrganiser organiser = scope.organiser();
        if (organiser.isHost()) {
            throw new NotFoundException();
        }
        if (!em.createNamedQuery(AwardBatch.OF_TENANT_YEAR, AwardBatch.class).setParameter("tenant", organiser.tenantId())
                .setParameter("year", year).getResultList().isEmpty()) {
            throw new ConflictException("award.batch.exists", year);
        }
        if (rounds.find(year).isEmpty()) {
            throw new BusinessException("award.round.none", year);
        }
        SavedConfiguration frozen = rounds.configurationOf(year);
        Window window = frozen.configuration().calendar(year).flatMap(c -> c.window(Phase.AWARD_APPLICATION))
                .orElseThrow(() -> new BusinessException("award.window.none", year));
        AwardBatch batch = AwardBatch.ofTenant(organiser.tenantId(), year, title, organiser.zone(), window,
                PrizeCounts.of(frozen.configuration().rules()), audit.actor());
        return created(organiser, batch);
    }

    /** The host's city batch of the year, with its own counts and window (days in China Standard Time). */
    public AwardBatch create(HostBatchTerms terms) {
        AwardOrganiser organiser = scope.organiser();
        if (!organiser.isHost()) {
            throw new NotFoundException();
        }
        AwardBatch batch = AwardBatch.ofHost(terms, organiser.zone(), audit.actor());
        if (!em.createNamedQuery(AwardBatch.OF_HOST_YEAR, AwardBatch.class).setParameter("year", batch.getYear()).getResultList().isEmpty()) {
            throw new ConflictException("award.batch.exists", batch.getYear());
        }
        return created(organiser, batch);
    }

    public AwardBatch batch(long batchId) {
        return scope.organised(scope.organiser(), batchId);
    }

    /** The batch's applications, first applied first; for the host, every tenant's nominations to it. */
    public List<AwardApplication> applications(long batchId) {
        scope.organised(scope.organiser(), batchId);
        return em.createNamedQuery(AwardApplication.OF_BATCH, AwardApplication.class).setParameter("batch", batchId).getResultList();
    }

    public List<AwardInspection> inspections(long batchId, long applicationId) {
        AwardBatch batch = scope.organised(scope.organiser(), batchId);
        application(batch, applicationId);
        return em.createNamedQuery(AwardInspection.OF_APPLICATION, AwardInspection.class).setParameter("application", applicationId)
                .getResultList();
    }

    /** Writes an inspection note, or with {@code visitedOn} a visit of that day (not in the future). */
    public AwardInspection inspect(long batchId, long applicationId, LocalDate visitedOn, String note) {
        AwardOrganiser organiser = scope.organiser();
        AwardBatch batch = scope.organised(organiser, batchId);
        AwardApplication application = application(batch, applicationId);
        AwardInspection inspection = new AwardInspection(batch, application, visitedOn, scope.today(batch), note, audit.actor());
        em.persist(inspection);
        em.flush();
        audit.recordFor(organiser.tenantId(), "award.inspected", "award_application", applicationId, null, inspection.snapshot());
        return inspection;
    }

    /**
     * Gives an application a prize (tier null: takes it away) with its award funds, within the
     * batch's count of that tier. The batch row is locked, so two decisions never both take the last place.
     */
    public AwardApplication award(long batchId, long applicationId, AwardTier tier, BigDecimal funds) {
        AwardOrganiser organiser = scope.organiser();
        AwardBatch batch = scope.organised(organiser, batchId);
        AwardApplication application = application(batch, applicationId);
        var before = application.snapshot();
        long others = tier == null ? 0 : em.createNamedQuery(AwardApplication.COUNT_OF_TIER, Long.class).setParameter("batch", batchId)
                .setParameter("tier", tier).setParameter("except", applicationId).getSingleResult();
        application.award(batch, tier, funds, others, audit.actor(), clock.now());
        em.flush();
        audit.recordFor(organiser.tenantId(), "award.decided", "award_application", applicationId, before, application.snapshot());
        return application;
    }

    /** Publishes the list: the batch and its prizes become public and final; each prized applicant is told. */
    public AwardBatch publish(long batchId) {
        AwardOrganiser organiser = scope.organiser();
        AwardBatch batch = scope.organised(organiser, batchId);
        var before = batch.snapshot();
        batch.publish(audit.actor(), clock.now());
        em.flush();
        List<AwardApplication> prized = em.createNamedQuery(AwardApplication.OF_BATCH, AwardApplication.class)
                .setParameter("batch", batchId).getResultList().stream().filter(a -> a.getTier() != null).toList();
        var after = batch.snapshot();
        after.put("prizes", prized.stream().map(a -> Map.of("project", a.getProjectId(), "tier", a.getTier())).toList());
        audit.recordFor(organiser.tenantId(), "award.published", "award_batch", batchId, before, after);
        news.fire(new AwardNews(prized.stream().map(a -> new AwardNews.Awardee(a.getTenantId(), a.owner(), a.getProjectId(),
                "award.news.prized." + a.getTier(), List.of(batch.getTitle(), a.getProjectTitle()))).toList()));
        return batch;
    }

    private AwardBatch created(AwardOrganiser organiser, AwardBatch batch) {
        em.persist(batch);
        em.flush();
        audit.recordFor(organiser.tenantId(), "award.batch.opened", "award_batch", batch.getId(), null, batch.snapshot());
        return batch;
    }

    private AwardApplication application(AwardBatch batch, long applicationId) {
        AwardApplication application = em.find(AwardApplication.class, applicationId);
        if (application == null || !application.getBatchId().equals(batch.getId())) {
            throw new NotFoundException();
        }
        return application;
    }
}
