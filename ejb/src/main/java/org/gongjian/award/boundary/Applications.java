package org.gongjian.award.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.award.control.AwardScope;
import org.gongjian.award.control.Prize;
import org.gongjian.award.control.Prizes;
import org.gongjian.award.entity.AppliedResult;
import org.gongjian.award.entity.AwardApplication;
import org.gongjian.award.entity.AwardBatch;
import org.gongjian.award.entity.BatchStatus;
import org.gongjian.evaluation.control.EvaluatedProjects;
import org.gongjian.evaluation.entity.ProjectGrade;
import org.gongjian.notification.control.Notifier;
import org.gongjian.notification.control.Recipients;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.control.OwnerNames;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenant.entity.Tenant;

/**
 * Applying for awards: a unit (or claimant organisation) applies to its tenant's batch with one of
 * its own projects that has a frozen evaluation result of the batch's year, and a short case; a
 * tenant's admins nominate the tenant's evaluated projects to the host's city batch the same way.
 * Only inside the batch's window, by the database clock in the batch's time zone (the database
 * refuses it too).
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
public class Applications {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    ProjectAccess access;

    @Inject
    EvaluatedProjects evaluated;

    @Inject
    OwnerNames owners;

    @Inject
    AwardScope scope;

    @Inject
    Prizes prizes;

    @Inject
    Audit audit;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    /**
     * The batches the caller may apply to today: the tenant's own for its units and organisations,
     * the host's for its admins.
     */
    public List<AwardBatch> open() {
        List<AwardBatch> batches = new ArrayList<>();
        if (tenant.isAdmin()) {
            batches.addAll(em.createQuery("select b from AwardBatch b where b.organiserTenantId is null and b.status = :open order by b.year desc",
                    AwardBatch.class).setParameter("open", BatchStatus.OPEN).getResultList());
        }
        if (speaksForOwner()) {
            batches.addAll(em.createQuery("select b from AwardBatch b where b.organiserTenantId = :tenant and b.status = :open order by b.year desc",
                    AwardBatch.class).setParameter("tenant", tenant.id()).setParameter("open", BatchStatus.OPEN).getResultList());
        }
        return batches.stream().filter(b -> b.takesApplicationsOn(scope.today(b))).toList();
    }

    /** The caller's projects with a frozen evaluation result: a unit's or organisation's own, or for admins every one of the tenant. */
    public List<Candidate> candidates() {
        var query = em.createQuery("select p from Project p where p.status = :accepted"
                + (speaksForOwner() ? " and (p.owner.unitId = :unit or p.owner.claimantId = :claimant)" : "")
                + " order by p.year desc, p.id desc", Project.class).setParameter("accepted", ProjectStatus.ACCEPTED);
        if (speaksForOwner()) {
            query.setParameter("unit", tenant.unitId() == null ? -1L : tenant.unitId())
                    .setParameter("claimant", tenant.claimantId() == null ? -1L : tenant.claimantId());
        }
        List<Project> projects = query.getResultList();
        Map<Long, Project> byId = projects.stream().collect(Collectors.toMap(Project::getId, Function.identity()));
        var names = owners.of(projects.stream().map(Project::getOwner).toList());
        List<Candidate> candidates = new ArrayList<>();
        for (Project project : projects) {
            evaluated.latest(project.getId()).ifPresent(g -> candidates.add(new Candidate(g.projectId(), byId.get(g.projectId()).getTitle(),
                    names.getOrDefault(project.getOwner(), ""), g.year(), g.number(), g.total(), g.gradeKey(), g.gradeName())));
        }
        return candidates;
    }

    /** Applies (or, to the host's batch, nominates) with a project and a short case. */
    public AwardApplication apply(long batchId, long projectId, String caseText) {
        AwardBatch batch = em.find(AwardBatch.class, batchId);
        if (batch == null || !(batch.isHosts() || batch.getOrganiserTenantId().equals(tenant.id()))) {
            throw new NotFoundException();
        }
        Project project;
        if (batch.isHosts()) {
            if (!tenant.isAdmin()) {
                throw new EJBAccessException("the tenant's admins nominate to the host's batch");
            }
            project = access.readable(projectId);
        } else {
            project = access.forOwner(projectId);
        }
        batch.requireTakingApplications(scope.today(batch));
        ProjectGrade grade = evaluated.latest(projectId).orElseThrow(() -> new BusinessException("award.project.notEvaluated", project.getTitle()));
        if (grade.year() != batch.getYear()) {
            throw new BusinessException("award.project.otherYear", project.getTitle(), grade.year(), batch.getYear());
        }
        if (!em.createNamedQuery(AwardApplication.OF_TENANT_BATCH, AwardApplication.class).setParameter("tenant", tenant.id())
                .setParameter("batch", batchId).getResultList().stream().filter(a -> a.getProjectId() == projectId).toList().isEmpty()) {
            throw new ConflictException("award.application.exists", project.getTitle());
        }
        Tenant own = em.find(Tenant.class, tenant.id());
        AppliedResult result = new AppliedResult(grade.number(), grade.total(), grade.gradeKey(),
                grade.gradeName() == null ? null : grade.gradeName().zh(), grade.gradeName() == null ? null : grade.gradeName().en());
        AwardApplication application = new AwardApplication(batch, tenant.id(), projectId, project.getOwner(), project.getTitle(),
                owners.of(project.getOwner()), own.getNameZh(), result, caseText, audit.actor());
        em.persist(application);
        em.flush();
        audit.record("award.applied", "award_application", application.getId(), null, application.snapshot());
        if (!batch.isHosts()) {
            notifier.notify(own, recipients.admins(), projectId, "award.news.applied", List.of(batch.getTitle(), project.getTitle()));
        }
        return application;
    }

    /** The caller's applications: a unit's or organisation's own; for admins every application and nomination of the tenant. */
    public List<OwnApplication> mine() {
        List<AwardApplication> applications = em.createNamedQuery(AwardApplication.OF_TENANT, AwardApplication.class)
                .setParameter("tenant", tenant.id()).getResultList().stream()
                .filter(a -> !speaksForOwner() || tenant.speaksFor(a.owner())).toList();
        Map<Long, AwardBatch> batches = new java.util.HashMap<>();
        List<Long> ids = applications.stream().map(AwardApplication::getBatchId).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("select b from AwardBatch b where b.id in :ids", AwardBatch.class).setParameter("ids", ids).getResultList()
                    .forEach(b -> batches.put(b.getId(), b));
        }
        return applications.stream().map(a -> OwnApplication.of(a, batches.get(a.getBatchId()))).toList();
    }

    /** A project's published prizes, to whoever may read the project. */
    @TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
    public List<Prize> prizesOf(long projectId) {
        access.readable(projectId);
        return prizes.ofProject(projectId);
    }

    /** Whether the caller applies for an owner of projects (a unit or organisation), rather than for the whole tenant. */
    private boolean speaksForOwner() {
        return !tenant.isAdmin();
    }
}
