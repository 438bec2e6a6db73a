package org.gongjian.evaluation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.config.entity.Round;
import org.gongjian.evaluation.control.EvaluationProjects;
import org.gongjian.evaluation.control.Evaluators;
import org.gongjian.evaluation.control.Grading;
import org.gongjian.evaluation.entity.Arithmetic;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.EvaluationField;
import org.gongjian.evaluation.entity.EvaluationOverride;
import org.gongjian.evaluation.entity.EvaluationResult;
import org.gongjian.evaluation.entity.EvaluatorAssignment;
import org.gongjian.evaluation.entity.EvaluatorRelation;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.Refusals;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectOwner;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenantconfig.ChannelKind;

/**
 * The tenant admin's side of a year's evaluation: opening it on the scheme of the year's frozen
 * round, assigning evaluators, conflicts of interest and overrides, following each project's
 * channels, closing it (which freezes one result per project) and correcting a sheet afterwards
 * (which adds a result version with its reason). Every change is audited.
 */
@Stateless
@TenantBound
@TenantRoles(Role.Names.TENANT_ADMIN)
public class Evaluations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Rounds rounds;

    @Inject
    Grading grading;

    @Inject
    Evaluators evaluators;

    @Inject
    EvaluationProjects projects;

    @Inject
    Audit audit;

    /** Newest year first. */
    public List<Evaluation> all() {
        return em.createNamedQuery(Evaluation.ALL, Evaluation.class).getResultList();
    }

    public Evaluation find(int year) {
        return projects.evaluation(year).orElseThrow(NotFoundException::new);
    }

    /** Opens the year's evaluation over its accepted projects, on the scheme the year's round froze. */
    public Evaluation open(int year) {
        if (projects.evaluation(year).isPresent()) {
            throw new BusinessException("evaluation.exists", String.valueOf(year));
        }
        Round round = rounds.find(year).orElseThrow(() -> new BusinessException("evaluation.noRound", String.valueOf(year)));
        Evaluation evaluation = new Evaluation(year, round.getId(), rounds.configurationOf(year).configuration().scheme(), audit.actor());
        em.persist(evaluation);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw Refusals.unique(e) ? new BusinessException("evaluation.exists", String.valueOf(year)) : e;
        }
        em.refresh(evaluation);
        audit.record("evaluation.open", "evaluation", evaluation.getId(), null, evaluation.snapshot());
        return evaluation;
    }

    /** The year's projects with each channel's progress and the total as of now, or as frozen once closed. */
    public List<EvaluatedProject> projects(int year) {
        Evaluation evaluation = find(year);
        List<Project> accepted = projects.accepted(year);
        Map<ProjectOwner, String> owners = projects.ownerNames(accepted.stream().map(Project::getOwner).toList());
        Map<Long, Map<String, Integer>> counts = projects.progress(evaluation);
        Map<Long, Arithmetic> arithmetic = new HashMap<>();
        Map<Long, Integer> numbers = new HashMap<>();
        if (evaluation.isOpen()) {
            arithmetic.putAll(grading.all(evaluation));
        } else {
            for (EvaluationResult result : projects.latestResults(evaluation)) {
                arithmetic.put(result.getProjectId(), result.getArithmetic());
                numbers.put(result.getProjectId(), result.getNumber());
            }
        }
        return accepted.stream().map(project -> {
            Map<String, Integer> count = counts.getOrDefault(project.getId(), Map.of());
            Arithmetic sums = arithmetic.get(project.getId());
            return new EvaluatedProject(project.getId(), project.getTitle(), owners.get(project.getOwner()), project.getCategoryKey(),
                    count.getOrDefault("SELF", 0) > 0, count.getOrDefault("ASSIGNED", 0), count.getOrDefault("ORGANISATIONAL", 0),
                    count.getOrDefault("PUBLIC", 0), count.getOrDefault("PAPER", 0),
                    sums == null ? null : sums.total(), sums == null ? null : sums.gradeKey(), sums != null && sums.complete(),
                    numbers.getOrDefault(project.getId(), 0));
        }).toList();
    }

    /** The tenant's evaluators, to assign. */
    public List<EvaluatorAccount> evaluators() {
        return evaluators.all();
    }

    public List<Assignment> assignments(int year, long projectId) {
        Evaluation evaluation = find(year);
        Project project = projects.graded(evaluation, projectId);
        Map<Long, EvaluatorAccount> accounts = evaluators.all().stream()
                .collect(Collectors.toMap(EvaluatorAccount::accountId, account -> account));
        Set<Long> overridden = overrides(evaluation, projectId);
        Set<Long> scored = projects.sheets(evaluation, projectId).stream().filter(s -> s.getChannel() == ChannelKind.ORGANISATIONAL)
                .map(ScoreSheet::getAccountId).collect(Collectors.toSet());
        return assigned(evaluation, projectId).stream().map(assignment -> {
            EvaluatorAccount account = accounts.get(assignment.getAccountId());
            return new Assignment(assignment.getAccountId(), account == null ? "" : account.login(), account == null ? "" : account.name(),
                    evaluators.conflicted(assignment.getAccountId(), project.getOwner()), overridden.contains(assignment.getAccountId()),
                    scored.contains(assignment.getAccountId()));
        }).toList();
    }

    public void assign(int year, long projectId, String login) {
        Evaluation evaluation = find(year);
        evaluation.requireOpen();
        projects.graded(evaluation, projectId);
        EvaluatorAccount account = evaluator(login);
        EvaluatorAssignment assignment = new EvaluatorAssignment(evaluation, projectId, account.accountId(), audit.actor());
        em.persist(assignment);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw Refusals.unique(e) ? new BusinessException("evaluation.evaluator.assigned", account.login()) : e;
        }
        audit.record("evaluation.assign", "evaluator_assignment", assignment.getId(), null, assignment.snapshot());
    }

    public void unassign(int year, long projectId, String login) {
        Evaluation evaluation = find(year);
        evaluation.requireOpen();
        EvaluatorAccount account = evaluator(login);
        EvaluatorAssignment assignment = assigned(evaluation, projectId).stream()
                .filter(a -> a.getAccountId() == account.accountId()).findFirst().orElseThrow(NotFoundException::new);
        if (projects.sheetOf(evaluation, projectId, account.accountId()).isPresent()) {
            throw new BusinessException("evaluation.evaluator.scored", account.login());
        }
        em.remove(assignment);
        audit.record("evaluation.unassign", "evaluator_assignment", assignment.getId(), assignment.snapshot(), null);
    }

    public List<Relation> relations() {
        List<EvaluatorRelation> relations = em.createNamedQuery(EvaluatorRelation.ALL, EvaluatorRelation.class).getResultList();
        Map<Long, EvaluatorAccount> accounts = evaluators.all().stream()
                .collect(Collectors.toMap(EvaluatorAccount::accountId, account -> account));
        Map<ProjectOwner, String> names = projects.ownerNames(relations.stream().map(Evaluations::owner).toList());
        return relations.stream().map(r -> {
            EvaluatorAccount account = accounts.get(r.getAccountId());
            return new Relation(r.getId(), r.getAccountId(), account == null ? "" : account.login(), account == null ? "" : account.name(),
                    r.getUnitId(), r.getClaimantId(), names.get(owner(r)), r.getReason(), r.getMarkedBy(), r.getMarkedAt());
        }).toList();
    }

    /** Marks an evaluator as related to a unit or a claimant organisation (exactly one of the two). */
    public void markRelated(String login, Long unitId, Long claimantId, String reason) {
        EvaluatorAccount account = evaluator(login);
        EvaluatorRelation relation = new EvaluatorRelation(account.accountId(), unitId, claimantId, reason, audit.actor());
        if (!projects.ownerNames(List.of(owner(relation))).containsKey(owner(relation))) {
            throw new NotFoundException();
        }
        em.persist(relation);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw Refusals.unique(e) ? new BusinessException("evaluation.relation.exists", account.login()) : e;
        }
        audit.record("evaluation.relate", "evaluator_relation", relation.getId(), null, relation.snapshot());
    }

    public void unmarkRelated(long relationId) {
        EvaluatorRelation relation = em.find(EvaluatorRelation.class, relationId);
        if (relation == null) {
            throw new NotFoundException();
        }
        em.remove(relation);
        audit.record("evaluation.unrelate", "evaluator_relation", relationId, relation.snapshot(), null);
    }

    /** Lets an assigned evaluator with a conflict of interest score the project all the same. */
    public void override(int year, long projectId, String login, String reason) {
        Evaluation evaluation = find(year);
        evaluation.requireOpen();
        Project project = projects.graded(evaluation, projectId);
        EvaluatorAccount account = evaluator(login);
        if (assigned(evaluation, projectId).stream().noneMatch(a -> a.getAccountId() == account.accountId())) {
            throw new BusinessException("evaluation.evaluator.notAssigned", account.login());
        }
        if (!evaluators.conflicted(account.accountId(), project.getOwner())) {
            throw new BusinessException("evaluation.override.needless", account.login());
        }
        EvaluationOverride override = new EvaluationOverride(evaluation, projectId, account.accountId(), reason, audit.actor());
        em.persist(override);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw Refusals.unique(e) ? new BusinessException("evaluation.override.exists", account.login()) : e;
        }
        audit.record("evaluation.override", "evaluation_override", projectId, null, override.snapshot());
    }

    /** Closes the evaluation and freezes every project's result, computed in one query. */
    public Evaluation close(int year) {
        Evaluation evaluation = find(year);
        em.lock(evaluation, LockModeType.PESSIMISTIC_WRITE);
        var before = evaluation.snapshot();
        evaluation.close(audit.actor(), OffsetDateTime.now());
        Map<Long, Arithmetic> graded = grading.all(evaluation);
        graded.forEach((projectId, arithmetic) -> em.persist(EvaluationResult.first(evaluation, projectId, arithmetic, audit.actor())));
        var after = evaluation.snapshot();
        after.put("results", graded.size());
        audit.record("evaluation.close", "evaluation", evaluation.getId(), before, after);
        return evaluation;
    }

    /** What the admin sees of one project: the arithmetic, every frozen version, every sheet. */
    public ProjectResult result(int year, long projectId) {
        Evaluation evaluation = find(year);
        Project project = projects.graded(evaluation, projectId);
        return projects.result(evaluation, project, projects.sheets(evaluation, projectId));
    }

    /**
     * Corrects a sheet after the evaluation closed: the sheet takes the new points (audited with
     * before, after and reason) and the project gets its next result version; earlier ones stay.
     */
    public EvaluationResult correct(int year, long sheetId, SheetForm form, String reason) {
        Evaluation evaluation = find(year);
        evaluation.requireClosed();
        ScoreSheet sheet = em.find(ScoreSheet.class, sheetId);
        if (sheet == null || sheet.getEvaluationId() != evaluation.getId()) {
            throw new NotFoundException();
        }
        Project project = projects.graded(evaluation, sheet.getProjectId());
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        EvaluationResult latest = projects.results(evaluation, project.getId()).stream().findFirst()
                .orElseThrow(() -> new ConflictException("evaluation.correction.noResult"));
        String why = EvaluationField.REASON.required(reason);
        var before = sheet.snapshot();
        sheet.fill(evaluation.getScheme().criteriaOf(sheet.getChannel()), form);
        em.flush();
        EvaluationResult corrected = latest.corrected(grading.of(evaluation, project.getId()), why, audit.actor());
        em.persist(corrected);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw Refusals.unique(e) ? new ConflictException("evaluation.correction.concurrent") : e;
        }
        var after = sheet.snapshot();
        after.put("reason", corrected.getReason());
        audit.record("evaluation.correct", "score_sheet", sheet.getId(), before, after);
        audit.record("evaluation.result", "evaluation_result", corrected.getId(), latest.snapshot(), corrected.snapshot());
        return corrected;
    }

    private EvaluatorAccount evaluator(String login) {
        return evaluators.byLogin(login).orElseThrow(() -> new BusinessException("evaluation.evaluator.unknown", String.valueOf(login)));
    }

    private List<EvaluatorAssignment> assigned(Evaluation evaluation, long projectId) {
        return em.createNamedQuery(EvaluatorAssignment.OF_PROJECT, EvaluatorAssignment.class)
                .setParameter("evaluation", evaluation.getId()).setParameter("project", projectId).getResultList();
    }

    private Set<Long> overrides(Evaluation evaluation, long projectId) {
        return em.createNamedQuery(EvaluationOverride.OF_PROJECT, EvaluationOverride.class)
                .setParameter("evaluation", evaluation.getId()).setParameter("project", projectId).getResultStream()
                .map(EvaluationOverride::getAccountId).collect(Collectors.toSet());
    }

    private static ProjectOwner owner(EvaluatorRelation relation) {
        return relation.getUnitId() != null ? ProjectOwner.ofUnit(relation.getUnitId()) : ProjectOwner.ofClaimant(relation.getClaimantId());
    }
}
