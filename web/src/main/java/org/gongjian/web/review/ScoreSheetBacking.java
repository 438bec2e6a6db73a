package org.gongjian.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongjian.bidding.boundary.OpenedPlan;
import org.gongjian.bidding.boundary.ReviewSheet;
import org.gongjian.bidding.boundary.Reviews;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.bidding.entity.Score;
import org.gongjian.bidding.control.SealedPlans.FileRef;
import org.gongjian.platform.NotFoundException;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.faces.PageFiles;
import org.primefaces.model.StreamedContent;
import org.gongjian.web.i18n.Language;

/**
 * A reviewer's score sheet of one opened competition ({@code ?competition=N}): each bid the reviewer
 * may score (the boundary leaves out those of the reviewer's own tenant or unit unless overridden),
 * its plan, and points within each criterion's scale with a note, saved bid by bid.
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
    private final Map<Long, List<ScoreInput>> inputs = new HashMap<>();

    public void load() {
        ReviewSheet sheet = reviews.sheet(competitionId);
        competition = sheet.competition();
        bids = sheet.bids();
        Locale locale = language.getLocale();
        inputs.clear();
        for (OpenedPlan bid : bids) {
            Map<String, Score> mine = sheet.mine().getOrDefault(bid.bidId(), Map.of());
            inputs.put(bid.bidId(), competition.getCriteria().stream().map(c -> {
                Score given = mine.get(c.key());
                return new ScoreInput(c.key(), c.name().in(locale), c.maxScore(), given == null ? null : given.getPoints(),
                        given == null ? null : given.getNote());
            }).toList());
        }
    }

    public String save(long bidId) {
        reviews.score(competitionId, bidId, inputs.get(bidId).stream().map(ScoreInput::toEntry).toList());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        String unit = bids.stream().filter(b -> b.bidId() == bidId).map(OpenedPlan::unitName).findFirst().orElse("");
        Messages.info("bidPages.review.saved", unit);
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

    public List<ScoreInput> scores(long bidId) {
        return inputs.get(bidId);
    }

    /** Whether scores may still change: until the winners are announced. */
    public boolean isOpen() {
        return competition.getStatus() == CompetitionStatus.OPENED;
    }

    /** A points field's label: the unit and the criterion. */
    public String label(OpenedPlan bid, ScoreInput input) {
        return Messages.text(language.getLocale(), "bidPages.review.pointsOf", bid.unitName(), input.getName(), input.getScale());
    }

    public String invalid(String label) {
        return Messages.text(language.getLocale(), "settings.number.invalid", label);
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
