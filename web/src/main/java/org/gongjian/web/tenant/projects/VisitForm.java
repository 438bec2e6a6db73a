package org.gongjian.web.tenant.projects;

import java.io.Serializable;
import java.time.LocalDate;
import org.gongjian.project.control.VisitNote;
import org.gongjian.project.entity.VisitKind;

/** The form that records a supervision or guidance visit, on the tenant's visits page and the host's project page. */
public class VisitForm implements Serializable {

    private VisitKind kind;
    private LocalDate visitedOn;
    private String findings;
    private String corrections;
    private String feedback;

    /** The visit as entered; the boundary checks it. */
    public VisitNote note() {
        return new VisitNote(kind, visitedOn, findings, corrections, feedback);
    }

    /** Empties the form once its visit is recorded. */
    public void clear() {
        kind = null;
        visitedOn = null;
        findings = null;
        corrections = null;
        feedback = null;
    }

    public VisitKind[] getKinds() {
        return VisitKind.values();
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
