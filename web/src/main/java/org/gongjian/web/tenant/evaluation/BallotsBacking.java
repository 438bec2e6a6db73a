package org.gongjian.web.tenant.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongjian.evaluation.boundary.Ballots;
import org.gongjian.evaluation.boundary.Ballots.ProjectBallots;
import org.gongjian.evaluation.boundary.IssuedBatch;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.platform.NotFoundException;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.opinion.PointsInput;

/**
 * A project's ballots of public opinion (民意测评), for the tenant's admins: issue a batch of
 * one-time codes (then print its sheet), see every code used or not, and enter a paper ballot.
 */
@Named
@ViewScoped
public class BallotsBacking implements Serializable {

    @Inject
    Ballots ballots;

    private Integer year;
    private Long id;
    private transient ProjectBallots shown;
    private Integer count = 30;
    private List<PointsInput> paper;
    private String paperNote;

    public void load() {
        if (year == null || id == null) {
            throw new NotFoundException();
        }
        shown = ballots.codes(year, id);
        if (paper == null) {
            paper = PointsInput.of(shown.criteria());
        }
    }

    public void issue() {
        IssuedBatch issued = ballots.issue(year, id, count);
        shown = null;
        Messages.info("ballot.issued", issued.codes().size(), issued.batch());
    }

    public void enterPaper() {
        ballots.enterPaper(year, id, new SheetForm(PointsInput.given(paper), paperNote, null, null, null, null));
        shown = null;
        paper = PointsInput.of(getShown().criteria());
        paperNote = null;
        Messages.info("ballot.paperEntered");
    }

    public ProjectBallots getShown() {
        if (shown == null) {
            shown = ballots.codes(year, id);
        }
        return shown;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public List<PointsInput> getPaper() {
        return paper;
    }

    public String getPaperNote() {
        return paperNote;
    }

    public void setPaperNote(String paperNote) {
        this.paperNote = paperNote;
    }
}
