package org.gongjian.web.tenant.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.project.boundary.ProgressReports;
import org.gongjian.project.control.ProgressNote;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.ProgressReport;
import org.gongjian.web.faces.Messages;

/** A project's progress reports with their figures against the goals; its owner submits the next one. */
@Named
@ViewScoped
public class ProgressBacking extends ImplementationPage {

    @Inject
    ProgressReports reports;

    private transient Declaration declaration;
    private transient List<Shown> shown;
    private String body;
    private final Map<String, BigDecimal> figures = new HashMap<>();

    @Override
    void refresh() {
        declaration = projects.declaration(id());
        shown = reports.list(id()).stream().map(report -> new Shown(report.getNumber(), report.getSubmittedBy(),
                report.getSubmittedAt(), report.getBody(),
                GoalFigure.of(declaration, report.getFigures().byGoal()))).toList();
    }

    public void submit() {
        ProgressReport report = reports.submit(id(), new ProgressNote(body, figures));
        Messages.info("progress.submitted", report.getNumber());
        body = null;
        figures.clear();
        reload();
    }

    public boolean isReporting() {
        return isOwner() && isUnderway();
    }

    public List<Goal> getGoals() {
        if (declaration == null) {
            refresh();
        }
        return declaration.goals();
    }

    public List<Shown> getReports() {
        if (shown == null) {
            refresh();
        }
        return shown;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Map<String, BigDecimal> getFigures() {
        return figures;
    }

    /** A submitted report as the page shows it. */
    public record Shown(int number, String submittedBy, OffsetDateTime submittedAt, String body, List<GoalFigure> figures) {
    }
}
