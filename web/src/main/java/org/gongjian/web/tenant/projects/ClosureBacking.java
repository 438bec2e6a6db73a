package org.gongjian.web.tenant.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.project.entity.Closure;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Move;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.web.faces.Messages;

/**
 * Closure and acceptance (结题、验收): the unit submits a summary with the final figure for each
 * goal; the tenant's admins accept it or return it with a reason. Every submitted version is shown
 * with its figures against the targets; a returned report comes back into the form to be revised.
 */
@Named
@ViewScoped
public class ClosureBacking extends ImplementationPage {

    private transient Declaration declaration;
    private transient List<Shown> versions;
    private String summary;
    private final Map<String, BigDecimal> figures = new HashMap<>();
    private String reason;

    @Override
    void refresh() {
        declaration = projects.declaration(id());
        Closure last = null;
        List<Shown> shown = new ArrayList<>();
        for (ProjectDocument document : projects.closures(id())) {
            last = projects.closure(id(), document.getNumber());
            shown.add(new Shown(document.getNumber(), document.getSubmittedBy(), document.getSubmittedAt(), last.summary(),
                    GoalFigure.of(declaration, last.figures())));
        }
        versions = shown;
        if (summary == null && last != null && isSubmitting()) {
            summary = last.summary();
            figures.putAll(last.figures());
        }
    }

    public void submit() {
        projects.submitClosure(id(), new Closure(summary, figures));
        summary = null;
        figures.clear();
        reload();
        Messages.info("closure.submitted", getProject().getClosureNumber());
    }

    public void accept() {
        projects.accept(id());
        reload();
        Messages.info("closure.accepted");
    }

    public void returnClosure() {
        projects.returnClosure(id(), reason);
        reason = null;
        reload();
        Messages.info("closure.returned");
    }

    public boolean isSubmitting() {
        return isOwner() && getProject().can(Move.SUBMIT_CLOSURE);
    }

    public boolean isDeciding() {
        return isAdmin() && getProject().can(Move.ACCEPT);
    }

    /** Why the tenant returned the last closure report, while the unit revises it. */
    public String getReturnReason() {
        return getProject().getStatus() == ProjectStatus.UNDERWAY && getProject().getClosureNumber() > 0
                ? getProject().getDecisionReason() : null;
    }

    public Declaration getDeclaration() {
        if (declaration == null) {
            refresh();
        }
        return declaration;
    }

    public List<Shown> getVersions() {
        if (versions == null) {
            refresh();
        }
        return versions;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Map<String, BigDecimal> getFigures() {
        return figures;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** A submitted closure version as the page shows it. */
    public record Shown(int number, String submittedBy, OffsetDateTime submittedAt, String summary, List<GoalFigure> figures) {
    }
}
