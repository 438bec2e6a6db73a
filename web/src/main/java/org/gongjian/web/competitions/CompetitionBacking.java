package org.gongjian.web.competitions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.bidding.boundary.BidderRow;
import org.gongjian.bidding.boundary.Competitions;
import org.gongjian.bidding.boundary.OpenedPlan;
import org.gongjian.bidding.boundary.PanelMember;
import org.gongjian.bidding.boundary.Receipt;
import org.gongjian.bidding.control.SealedPlans.FileRef;
import org.gongjian.bidding.entity.BidOutcome;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.entity.Declaration;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.faces.PageFiles;
import org.gongjian.web.i18n.Language;
import org.primefaces.model.StreamedContent;

/**
 * One of the organiser's competitions ({@code ?id=N}): its terms and moves, the panel, who bid and
 * when (never what, until opened), opening after the deadline, the ranking with its arithmetic,
 * conflict overrides, winners and the announcement. {@code &bid=M} shows an opened bid's plan.
 */
@Named
@ViewScoped
public class CompetitionBacking implements Serializable {

    @Inject
    Competitions competitions;

    @Inject
    OrganiserPages pages;

    @Inject
    Language language;

    private long id;
    private Long bidId;
    private transient Competition competition;
    private transient List<PanelMember> panel;
    private transient List<BidderRow> bidders;
    private transient List<RankedBid> ranking = List.of();
    private transient OpenedPlan opened;
    private String reason;
    /** Why a winner gives up, by bid: every winner's row has its own field. */
    private final Map<Long, String> reasons = new HashMap<>();
    private String login;
    private Long overrideBid;

    public void load() {
        competition = competitions.find(id);
        panel = competitions.panel(id);
        bidders = competitions.bidders(id);
        if (competition.isOpened()) {
            ranking = RankedBid.of(competitions.ranking(id), language.getLocale());
            opened = bidId == null ? null : competitions.plan(id, bidId);
        } else if (bidId != null) {
            // a sealed bid has no page of its own: nothing links to it before opening
            throw new NotFoundException();
        }
    }

    public String publish() {
        competitions.publish(id);
        return done("bidPages.competition.published");
    }

    public String cancel() {
        competitions.cancel(id, reason);
        return done("bidPages.competition.cancelled");
    }

    public String addReviewer() {
        competitions.addReviewer(id, login);
        return done("bidPages.panel.added", login);
    }

    public String removeReviewer(String who) {
        competitions.removeReviewer(id, who);
        return done("bidPages.panel.removed", who);
    }

    public String openBids() {
        List<Receipt> receipts = competitions.openBids(id);
        return done("bidPages.open.done", receipts.size());
    }

    public String confirmWinner(long bid) {
        competitions.confirmWinner(id, bid);
        return done("bidPages.ranking.confirmed", unitOf(bid));
    }

    public String withdrawWinner(long bid) {
        competitions.withdrawWinner(id, bid, reasons.get(bid));
        return done("bidPages.winners.withdrawn", unitOf(bid));
    }

    public String overrideConflict() {
        if (overrideBid == null) {
            Messages.error("bidPages.override.chooseBid");
            return null;
        }
        competitions.overrideConflict(id, overrideBid, login, reason);
        return done("bidPages.override.saved", login, unitOf(overrideBid));
    }

    public String announce() {
        competitions.announce(id);
        return done("bidPages.announce.done");
    }

    private String unitOf(long bid) {
        return ranking.stream().filter(r -> r.bidId() == bid).map(RankedBid::unitName).findFirst().orElse("");
    }

    /** The page loaded afresh with the outcome, so that reloading it sends nothing twice. */
    private String done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key, arguments);
        return pages.redirect("view", id);
    }

    /** An attached file of the opened bid shown. */
    public StreamedContent download(FileRef file) {
        return PageFiles.download(competitions.file(id, bidId, file.id()));
    }

    public String getEligibility() {
        return Messages.text(language.getLocale(), "enum.Eligibility." + competition.getEligibility());
    }

    /** Whether the database's deadline has passed by this server's clock; the boundary checks it again by the database's. */
    public boolean isDeadlinePassed() {
        return !OffsetDateTime.now().isBefore(competition.getDeadline());
    }

    public String getDeadlineText() {
        return Messages.moment(language.getLocale(), "format.dateTime", competition.getDeadline());
    }

    public boolean isMovable() {
        return competition.getStatus() == CompetitionStatus.DRAFT || competition.getStatus() == CompetitionStatus.PUBLISHED;
    }

    public boolean isEditable() {
        return competition.getStatus() == CompetitionStatus.DRAFT
                || competition.getStatus() == CompetitionStatus.PUBLISHED && !isDeadlinePassed();
    }

    /** The panel changes until the bids are opened. */
    public boolean isPanelEditable() {
        return isMovable();
    }

    public List<RankedBid> getWinners() {
        return ranking.stream().filter(r -> r.outcome() == BidOutcome.WON).toList();
    }

    /** An opened bid's files are read, never removed. */
    public boolean isFilesRemovable() {
        return false;
    }

    public Declaration getPlan() {
        return opened == null ? null : opened.plan();
    }

    public String getPlanUnit() {
        return opened == null ? null : opened.unitName();
    }

    public List<FileRef> getPlanFiles() {
        return opened == null ? List.of() : opened.files();
    }

    public boolean isPlanIntact() {
        return opened == null || opened.intact();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Long getBidId() {
        return bidId;
    }

    public void setBidId(Long bidId) {
        this.bidId = bidId;
    }

    public Competition getCompetition() {
        return competition;
    }

    public List<PanelMember> getPanel() {
        return panel;
    }

    public List<BidderRow> getBidders() {
        return bidders;
    }

    public List<RankedBid> getRanking() {
        return ranking;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Long getOverrideBid() {
        return overrideBid;
    }

    public void setOverrideBid(Long overrideBid) {
        this.overrideBid = overrideBid;
    }
}
