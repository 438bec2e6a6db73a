package org.gongjian.web.tenant.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.project.boundary.SupervisionVisits;
import org.gongjian.project.control.VisitNote;
import org.gongjian.project.entity.SupervisionVisit;
import org.gongjian.project.entity.VisitKind;
import org.gongjian.web.faces.Messages;

/**
 * A project's supervision and guidance visits: the tenant's admins and evaluators record them with
 * written feedback; the unit answers each once.
 */
@Named
@ViewScoped
public class VisitsBacking extends ImplementationPage {

    @Inject
    SupervisionVisits visits;

    private transient List<SupervisionVisit> list;
    private VisitKind kind;
    private LocalDate visitedOn;
    private String findings;
    private String corrections;
    private String feedback;
    private final Map<Long, String> answers = new HashMap<>();

    @Override
    void refresh() {
        list = visits.list(id());
    }

    public void record() {
        visits.record(id(), new VisitNote(kind, visitedOn, findings, corrections, feedback));
        Messages.info("visit.recorded");
        kind = null;
        visitedOn = null;
        findings = null;
        corrections = null;
        feedback = null;
        reload();
    }

    public void answer(SupervisionVisit visit) {
        visits.answer(id(), visit.getId(), answers.get(visit.getId()));
        Messages.info("visit.answered");
        answers.remove(visit.getId());
        reload();
    }

    public boolean isRecording() {
        return isOrganiser() && isUnderway();
    }

    public boolean isAnswering() {
        return isOwner() && isUnderway();
    }

    public List<SupervisionVisit> getVisits() {
        if (list == null) {
            refresh();
        }
        return list;
    }

    public VisitKind[] getKinds() {
        return VisitKind.values();
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public VisitKind getKind() {
        return kind;
    }

    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getCorrections() {
        return corrections;
    }

    public void setCorrections(String corrections) {
        this.corrections = corrections;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
