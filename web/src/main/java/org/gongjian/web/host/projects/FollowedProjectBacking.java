package org.gongjian.web.host.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.boundary.FollowedProgress;
import org.gongjian.project.boundary.HostProjects;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.tenant.projects.GoalFigure;
import org.gongjian.web.tenant.projects.VisitForm;

/**
 * One project won in a host competition, as the host follows it: its progress, visits and funds; the
 * host records a visit while it is carried out and accepts it once its closure report is in.
 */
@Named
@ViewScoped
public class FollowedProjectBacking implements Serializable {

    @Inject
    HostProjects projects;

    private String idParameter;
    private long id;
    private transient FollowedProgress progress;
    private final VisitForm visit = new VisitForm();

    /** The view action: 404 for anything but one of the host's competition projects. */
    public void load() {
        if (idParameter == null || !idParameter.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        id = Long.parseLong(idParameter);
        progress = projects.project(id);
    }

    public void record() {
        projects.recordVisit(id, visit.note());
        Messages.info("visit.recorded");
        visit.clear();
        progress = projects.project(id);
    }

    public void accept() {
        projects.accept(id);
        Messages.info("closure.accepted");
        progress = projects.project(id);
    }

    public FollowedProgress getProgress() {
        if (progress == null) {
            progress = projects.project(id);
        }
        return progress;
    }

    public List<Report> getReports() {
        Declaration declaration = getProgress().project().getDraft();
        return getProgress().reports().stream().map(report -> new Report(report.getNumber(), report.getSubmittedBy(),
                report.getSubmittedAt(), report.getBody(), GoalFigure.of(declaration, report.getFigures().byGoal()))).toList();
    }

    /** The final figures of the closure report against the goals, or none. */
    public List<GoalFigure> getClosureFigures() {
        var closure = getProgress().closure();
        return closure == null ? List.of() : GoalFigure.of(getProgress().project().getDraft(), closure.figures());
    }

    public boolean isUnderway() {
        return getProgress().project().getStatus() == ProjectStatus.UNDERWAY;
    }

    public boolean isAccepting() {
        return getProgress().project().getStatus() == ProjectStatus.CLOSURE_SUBMITTED;
    }

    public String getId() {
        return idParameter;
    }

    public void setId(String id) {
        this.idParameter = id;
    }

    public VisitForm getVisit() {
        return visit;
    }

    /** A progress report with its figures against the declared goals. */
    public record Report(int number, String submittedBy, OffsetDateTime submittedAt, String body, List<GoalFigure> figures) {
    }
}
