package org.gongjian.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.bidding.boundary.OpenedPlan;
import org.gongjian.bidding.boundary.ReviewSheet;
import org.gongjian.bidding.boundary.Reviews;
import org.gongjian.bidding.boundary.ScoreEntry;
import org.gongjian.bidding.control.SealedPlans.FileRef;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.faces.PageFiles;
import org.gongjian.web.i18n.Language;
import org.primefaces.model.StreamedContent;

/**
 * A reviewer's score sheet of one opened competition ({@code ?competition=N}): each bid the reviewer
 * may score (the boundary leaves out those of the reviewer's own tenant or unit unless overridden),
 * its plan and files, and points within each criterion's scale with a note, saved bid by bid.
 */
@Named
@ViewScoped
public class ScoreSheetBacking implements Serializable {

    @Inject
    Reviews reviews;

    @Inject
    Language language;

    private long competitionId;
    private transient Competition competition;
    private transient List<OpenedPlan> bids;
    /** Points and notes by {@link #key(OpenedPlan, Criterion) bid and criterion}. */
    private final Map<String, BigDecimal> points = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    public void load() {
        ReviewSheet sheet = reviews.sheet(competitionId);
        competition = sheet.competition();
        bids = sheet.bids();
        points.clear();
        notes.clear();
        sheet.mine().forEach((bidId, scores) -> scores.forEach((criterion, score) -> {
            points.put(key(bidId, criterion), score.getPoints());
            notes.put(key(bidId, criterion), score.getNote());
        }));
    }

    /** Saves the scores of one bid; what was typed for the others stays on the page until it is loaded again. */
    public String save(OpenedPlan bid) {
        reviews.score(competitionId, bid.bidId(), competition.getCriteria().stream()
                .map(c -> new ScoreEntry(c.key(), points.get(key(bid, c)), notes.get(key(bid, c)))).toList());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("bidPages.review.saved", bid.unitName());
        return "/review/sheet?faces-redirect=true&competition=" + competitionId;
    }

    /** A file of one of the bids on the sheet. */
    public StreamedContent download(FileRef file) {
        long bidId = bids.stream().filter(b -> b.files().contains(file)).map(OpenedPlan::bidId).findFirst().orElseThrow(NotFoundException::new);
        return PageFiles.download(reviews.file(competitionId, bidId, file.id()));
    }

    /** A reviewer reads files, never removes them. */
    public boolean isFilesRemovable() {
        return false;
    }

    /** Where the points and note of a bid on a criterion are kept. */
    public String key(OpenedPlan bid, Criterion criterion) {
        return key(bid.bidId(), criterion.key());
    }

    private static String key(long bidId, String criterion) {
        return bidId + "/" + criterion;
    }

    /** Whether scores may still change: until the winners are announced. */
    public boolean isOpen() {
        return competition.getStatus() == CompetitionStatus.OPENED;
    }

    /** A points field's label: the unit, the criterion and its scale. */
    public String label(OpenedPlan bid, Criterion criterion) {
        return Messages.text(language.getLocale(), "bidPages.review.pointsOf", bid.unitName(), criterion.name().in(language.getLocale()),
                criterion.maxScore());
    }

    public String invalid(String label) {
        return Messages.text(language.getLocale(), "settings.number.invalid", label);
    }

    public Map<String, BigDecimal> getPoints() {
        return points;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public long getCompetitionId() {
        return competitionId;
    }

    public void setCompetitionId(long competitionId) {
        this.competitionId = competitionId;
    }

    public Competition getCompetition() {
        return competition;
    }

    public List<OpenedPlan> getBids() {
        return bids;
    }
}
