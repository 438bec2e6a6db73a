package org.gongjian.evaluation.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.evaluation.control.EvaluationProjects;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.EvaluationResult;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.platform.ConflictException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.platform.Refusals;
import org.gongjian.project.control.ProjectAccess;
import org.gongjian.project.entity.Project;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenantconfig.ChannelKind;

/**
 * The owner's self-evaluation (单位自评): whoever speaks for the unit or claimant organisation
 * that carried an accepted project out scores it on the self channel's criteria while the year's
 * evaluation is open, and reads the frozen result once it is closed.
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT})
public class SelfEvaluations {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    @Inject
    EvaluationProjects projects;

    @Inject
    Audit audit;

    /** The caller's accepted projects in years with an evaluation, newest first. */
    public List<OwnProject> mine() {
        List<Project> own = projects.acceptedOf(access.callerUnit(), access.callerClaimant());
        Map<Integer, Optional<Evaluation>> byYear = own.stream().map(Project::getYear).distinct()
                .collect(Collectors.toMap(year -> year, projects::evaluation));
        return own.stream().filter(project -> byYear.get(project.getYear()).isPresent()).map(project -> {
            Evaluation evaluation = byYear.get(project.getYear()).get();
            Optional<EvaluationResult> result = evaluation.isOpen() ? Optional.empty()
                    : projects.results(evaluation, project.getId()).stream().findFirst();
            return new OwnProject(project.getId(), project.getYear(), project.getTitle(), evaluation.isOpen(),
                    projects.selfSheet(evaluation, project.getId()).isPresent(),
                    result.map(EvaluationResult::getTotal).orElse(null), result.map(EvaluationResult::getGradeKey).orElse(null));
        }).toList();
    }

    public SelfSheet sheet(long projectId) {
        Project project = own(projectId);
        Evaluation evaluation = evaluationOf(project);
        return new SelfSheet(evaluation, projectId, project.getTitle(), evaluation.getScheme().criteriaOf(ChannelKind.SELF),
                projects.selfSheet(evaluation, projectId).orElse(null));
    }

    /** Saves the self-evaluation; the owner may change it until the evaluation closes. */
    public ScoreSheet save(long projectId, SheetForm form) {
        Project project = access.forOwner(projectId);
        Evaluation evaluation = evaluationOf(project);
        evaluation.requireOpen();
        Optional<ScoreSheet> existing = projects.selfSheet(evaluation, projectId);
        ScoreSheet sheet = existing.orElseGet(() -> ScoreSheet.self(evaluation, projectId, audit.actor()));
        var before = existing.map(ScoreSheet::snapshot).orElse(null);
        sheet.fill(evaluation.getScheme().criteriaOf(ChannelKind.SELF), form);
        if (existing.isEmpty()) {
            em.persist(sheet);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw Refusals.unique(e) ? new ConflictException("evaluation.self.concurrent") : e;
        }
        audit.record("evaluation.self", "score_sheet", sheet.getId(), before, sheet.snapshot());
        return sheet;
    }

    /** The frozen result, once the evaluation is closed, with the owner's own sheet. */
    public ProjectResult result(long projectId) {
        Project project = own(projectId);
        Evaluation evaluation = evaluationOf(project);
        evaluation.requireClosed();
        return projects.result(evaluation, project, projects.selfSheet(evaluation, projectId).stream().toList());
    }

    private Project own(long projectId) {
        Project project = access.readable(projectId);
        if (!access.speaksFor(project)) {
            throw new EJBAccessException("only the project's owner");
        }
        return project;
    }

    private Evaluation evaluationOf(Project project) {
        Evaluation evaluation = projects.evaluation(project.getYear()).orElseThrow(NotFoundException::new);
        projects.graded(evaluation, project.getId());
        return evaluation;
    }
}
