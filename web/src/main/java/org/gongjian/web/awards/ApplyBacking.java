package org.gongjian.web.awards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongjian.award.boundary.Applications;
import org.gongjian.award.boundary.Candidate;
import org.gongjian.award.boundary.OwnApplication;
import org.gongjian.award.entity.AwardBatch;

/** Applying (a unit or organisation, to its tenant's batch) or nominating (a tenant's admins, to the city's), and one's applications. */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    @Inject
    Applications applications;

    @Inject
    AwardPages pages;

    private transient List<AwardBatch> open;
    private transient List<Candidate> candidates;
    private transient List<OwnApplication> mine;
    private Long batchId;
    private Long projectId;
    private String caseText;

    public void load() {
        open = applications.open();
        candidates = applications.candidates();
        mine = applications.mine();
    }

    public String apply() {
        var applied = applications.apply(batchId == null ? 0 : batchId, projectId == null ? 0 : projectId, caseText);
        return AwardPages.done(pages, "apply", "", "award.page.applied", applied.getProjectTitle());
    }

    public List<AwardBatch> getOpen() {
        return open;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public List<OwnApplication> getMine() {
        return mine;
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getCaseText() {
        return caseText;
    }

    public void setCaseText(String caseText) {
        this.caseText = caseText;
    }
}
