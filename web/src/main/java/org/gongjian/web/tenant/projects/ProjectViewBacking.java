package org.gongjian.web.tenant.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.boundary.Projects;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Move;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectComment;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * The project page everyone who may see the project uses: its declaration, versions, comments and
 * timeline, and the moves the caller may make in its state. The buttons only mirror the rules; the
 * boundary decides each move again.
 */
@Named
@ViewScoped
public class ProjectViewBacking implements Serializable {

    @Inject
    Projects projects;

    @Inject
    Rounds rounds;

    @Inject
    CurrentTenant tenant;

    @Inject
    Language language;

    private Long id;
    private String reason;
    private String comment;
    private transient Project project;
    private transient Declaration declaration;
    private transient List<ProjectDocument> versions;
    private transient List<ProjectComment> comments;
    private transient List<TimelineEntry> timeline;
    private transient String ownerName;
    private transient Map<String, String> categoryNames;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        project = projects.find(id);
        declaration = projects.declaration(id);
        versions = projects.declarations(id);
        comments = projects.comments(id);
        timeline = projects.timeline(id).stream().map(record -> TimelineEntry.of(record, language.getLocale())).toList();
        ownerName = projects.ownerName(id);
        categoryNames = YearCategories.of(rounds, project.getYear(), language.getLocale());
    }

    public void submit() {
        act(() -> projects.submit(id), "declare.submitted");
    }

    public void approve() {
        act(() -> projects.approve(id), "review.approved");
    }

    public void returnForRevision() {
        act(() -> projects.returnForRevision(id, reason), "review.returned");
        reason = null;
    }

    public void reject() {
        act(() -> projects.reject(id, reason), "review.rejected");
        reason = null;
    }

    public void nominate() {
        act(() -> projects.nominate(id, true), "review.nominated");
    }

    public void withdrawNomination() {
        act(() -> projects.nominate(id, false), "review.withdrawn");
    }

    public void addComment() {
        act(() -> projects.comment(id, comment), "review.commented");
        comment = null;
    }

    /** Makes the move and shows the project as it now stands; a refusal shows it as it stands too. */
    private void act(Runnable move, String doneKey) {
        try {
            move.run();
        } catch (BusinessException refused) {
            load();
            throw refused;
        }
        load();
        Messages.info(doneKey);
    }

    private Project project() {
        if (project == null) {
            load();
        }
        return project;
    }

    public boolean isEditable() {
        return tenant.speaksFor(project().getOwner()) && project().can(Move.EDIT_DECLARATION);
    }

    public boolean isReviewable() {
        return tenant.isAdmin() && project().can(Move.APPROVE);
    }

    public boolean isNominatable() {
        return tenant.isAdmin() && project().can(Move.NOMINATE) && !project().isNominated();
    }

    public boolean isWithdrawable() {
        return tenant.isAdmin() && project().can(Move.NOMINATE) && project().isNominated();
    }

    public boolean isCommentable() {
        return tenant.isOrganiser();
    }

    /** The decision's reason while it stands: why the project was returned or rejected. */
    public String getDecisionReason() {
        ProjectStatus status = project().getStatus();
        return status == ProjectStatus.RETURNED || status == ProjectStatus.REJECTED ? project().getDecisionReason() : null;
    }

    /** Whether the declaration shown is a draft not submitted as it stands. */
    public boolean isDraftShown() {
        return project().can(Move.EDIT_DECLARATION);
    }

    public String getCategoryName() {
        String key = getDeclaration().categoryKey();
        return key == null ? null : categoryNames.getOrDefault(key, key);
    }

    public Project getProject() {
        return project();
    }

    public Declaration getDeclaration() {
        project();
        return declaration;
    }

    public List<ProjectDocument> getVersions() {
        project();
        return versions;
    }

    public List<ProjectComment> getComments() {
        project();
        return comments;
    }

    public List<TimelineEntry> getTimeline() {
        project();
        return timeline;
    }

    /** The name of the project's owner, a unit or a claimant organisation. */
    public String getOwnerName() {
        project();
        return ownerName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
