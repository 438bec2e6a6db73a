package org.gongjian.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Field;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.project.entity.ProjectOwner;

/**
 * Opens the project of an accepted claim, in the transaction (and tenant) of the boundary that
 * accepted it. The claim was the application and its acceptance the approval (立项), so the project
 * starts approved and its owner fixes the 五定 next, as for any approved project.
 */
@Dependent
public class ClaimedProjects {

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    /** Opens an approved (立项) project for an accepted claim; audited as project.claimed. */
    public Project open(ProjectOwner owner, int year, String categoryKey, String title, Declaration declaration, String by) {
        if (owner == null) {
            throw new IllegalArgumentException("a claimed project needs its owner");
        }
        if (categoryKey == null || categoryKey.isBlank()) {
            throw new BusinessException("declaration.category.required");
        }
        String shownTitle = Field.TITLE.required(title);
        Declaration plan = (declaration == null ? Declaration.empty() : declaration).retitled(shownTitle, categoryKey)
                .keyedAfter(Declaration.empty());
        if (!plan.formatProblems().isEmpty()) {
            throw new BusinessException(plan.formatProblems());
        }
        Project project = Project.approvedClaim(owner, year, categoryKey, shownTitle, plan, by);
        em.persist(project);
        em.flush();
        em.persist(ProjectDocument.declaration(project.getId(), project.getDeclarationNumber(), project.getDraft(), by));
        var after = project.snapshot();
        after.put("owner", owner.toString());
        audit.record("project.claimed", "project", project.getId(), null, after);
        return project;
    }
}
