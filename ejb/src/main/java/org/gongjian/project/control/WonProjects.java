package org.gongjian.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Field;
import org.gongjian.project.entity.FundEntry;
import org.gongjian.project.entity.FundKind;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectDocument;

/**
 * Opens the project of a winning bid (中标) in the winning unit's tenant, in a transaction bound to
 * that tenant: approved from the start with the bid's plan as declaration 1, and the competition's
 * support funds granted.
 */
@Dependent
public class WonProjects {

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    /** Opens the project and records the grant; audited in the unit's tenant as project.won. */
    public Project open(long tenantId, long unitId, long competitionId, int year, Declaration plan, BigDecimal grant,
                        LocalDate grantedOn, String purpose, String by) {
        if (plan == null || plan.categoryKey() == null || plan.categoryKey().isBlank()) {
            throw new BusinessException("declaration.category.required");
        }
        String title = Field.TITLE.required(plan.title());
        Declaration keyed = plan.keyedAfter(Declaration.empty());
        if (!keyed.formatProblems().isEmpty()) {
            throw new BusinessException(keyed.formatProblems());
        }
        Project project = Project.wonInCompetition(unitId, competitionId, year, keyed.categoryKey(), title, keyed, by);
        em.persist(project);
        em.flush();
        em.persist(ProjectDocument.declaration(project.getId(), project.getDeclarationNumber(), project.getDraft(), by));
        var after = project.snapshot();
        after.put("competition", competitionId);
        audit.recordFor(tenantId, "project.won", "project", project.getId(), null, after);
        if (grant.signum() > 0) {
            FundEntry entry = new FundEntry(project.getId(), FundKind.GRANT, grant, grantedOn, purpose, by);
            em.persist(entry);
            em.flush();
            audit.recordFor(tenantId, "project.fund.grant", "project", project.getId(), null, entry.snapshot());
        }
        return project;
    }
}
