package org.gongjian.evaluation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongjian.account.control.CallerAccount;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.evaluation.control.EvaluationProjects;
import org.gongjian.evaluation.control.Evaluators;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.EvaluationOverride;
import org.gongjian.evaluation.entity.EvaluatorAssignment;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.Refusals;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.project.entity.Project;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenantconfig.ChannelKind;

/**
 * The organisational evaluation (组织考评) as an evaluator does it: the projects they were
 * assigned, and their sheet for each — points on the channel's criteria and what they heard, saw,
 * checked and asked. An evaluator with a conflict of interest scores only after an override.
 */
@Stateless
@TenantBound
@TenantRoles(Role.Names.EVALUATOR)
public class Assessments {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    ProjectAccess access;

    @Inject
    EvaluationProjects projects;

    @Inject
    Evaluators evaluators;

    @Inject
    Audit audit;

    /** The caller's assignments, newest evaluation first. */
    public List<AssignedProject> mine() {
        long account = account();
        Map<Long, Evaluation> evaluations = new HashMap<>();
        List<AssignedProject> mine = new ArrayList<>();
        for (EvaluatorAssignment assignment : em.createNamedQuery(EvaluatorAssignment.OF_ACCOUNT, EvaluatorAssignment.class)
                .setParameter("account", account).getResultList()) {
            Evaluation evaluation = evaluations.computeIfAbsent(assignment.getEvaluationId(), id -> em.find(Evaluation.class, id));
            Project project = em.find(Project.class, assignment.getProjectId());
            boolean conflicted = evaluators.conflicted(account, project.getOwner());
            mine.add(new AssignedProject(evaluation.getYear(), project.getId(), project.getTitle(), projects.ownerName(project.getOwner()),
                    conflicted, conflicted && overridden(evaluation, project.getId(), account),
                    projects.sheetOf(evaluation, project.getId(), account).isPresent(), evaluation.isOpen()));
        }
        return mine;
    }

    public AssessmentSheet sheet(long projectId) {
        long account = account();
        Project project = access.readable(projectId);
        Evaluation evaluation = assignedIn(project, account);
        boolean conflicted = evaluators.conflicted(account, project.getOwner());
        return new AssessmentSheet(evaluation, projectId, project.getTitle(), projects.ownerName(project.getOwner()),
                evaluation.getScheme().criteriaOf(ChannelKind.ORGANISATIONAL), projects.sheetOf(evaluation, projectId, account).orElse(null),
                conflicted, conflicted && overridden(evaluation, projectId, account));
    }

    /** Saves the caller's sheet; they may change it until the evaluation closes. */
    public ScoreSheet score(long projectId, SheetForm form) {
        long account = account();
        Project project = access.forOrganiser(projectId);
        Evaluation evaluation = assignedIn(project, account);
        evaluation.requireOpen();
        if (evaluators.conflicted(account, project.getOwner()) && !overridden(evaluation, projectId, account)) {
            throw new BusinessException("evaluation.conflict", project.getTitle());
        }
        Optional<ScoreSheet> existing = projects.sheetOf(evaluation, projectId, account);
        ScoreSheet sheet = existing.orElseGet(() -> ScoreSheet.organisational(evaluation, projectId, account, audit.actor()));
        var before = existing.map(ScoreSheet::snapshot).orElse(null);
        sheet.fill(evaluation.getScheme().criteriaOf(ChannelKind.ORGANISATIONAL), form);
        if (existing.isEmpty()) {
            em.persist(sheet);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw Refusals.unique(e) ? new ConflictException("evaluation.sheet.concurrent") : e;
        }
        audit.record("evaluation.score", "score_sheet", sheet.getId(), before, sheet.snapshot());
        return sheet;
    }

    private long account() {
        return caller.id().orElseThrow(NotFoundException::new);
    }

    /** The evaluation of the project's year, if the caller is assigned to the project in it; else not found. */
    private Evaluation assignedIn(Project project, long account) {
        Evaluation evaluation = projects.evaluation(project.getYear()).orElseThrow(NotFoundException::new);
        projects.graded(evaluation, project.getId());
        boolean assigned = em.createNamedQuery(EvaluatorAssignment.OF_PROJECT, EvaluatorAssignment.class)
                .setParameter("evaluation", evaluation.getId()).setParameter("project", project.getId()).getResultStream()
                .anyMatch(a -> a.getAccountId() == account);
        if (!assigned) {
            throw new NotFoundException();
        }
        return evaluation;
    }

    private boolean overridden(Evaluation evaluation, long projectId, long account) {
        return em.createNamedQuery(EvaluationOverride.OF_PROJECT, EvaluationOverride.class)
                .setParameter("evaluation", evaluation.getId()).setParameter("project", projectId).getResultStream()
                .anyMatch(o -> o.getAccountId() == account);
    }
}
