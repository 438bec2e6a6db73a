package org.gongjian.web.tenant.bidding;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.gongjian.bidding.boundary.Bids;
import org.gongjian.bidding.boundary.Receipt;
import org.gongjian.bidding.control.SealedPlans.FileRef;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.project.entity.Declaration;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.faces.PageFiles;
import org.primefaces.model.StreamedContent;

/**
 * A page about one bid of the tenant's units ({@code ?bid=N}), for its unit or its committee: the
 * bid, its competition, its plan, files and receipts, as {@link Bids} lets the caller read them.
 */
public abstract class BidPage implements Serializable {

    @Inject
    protected Bids bids;

    protected long bidId;
    private transient Bid bid;
    private transient Competition competition;
    private transient Declaration plan;
    private transient List<FileRef> files;
    private transient List<Receipt> versions;

    /** Reads the bid and what belongs to it; a bid the caller may not read answers 404. */
    protected void read() {
        bid = bids.find(bidId);
        competition = bids.competition(bid.getCompetitionId());
        plan = bids.plan(bidId);
        files = PageFiles.refs(bids.files(bidId));
        versions = bids.versions(bidId);
    }

    /** The page loaded afresh with the outcome, so that reloading it sends nothing twice. */
    protected String shownAgain(String view, String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key, arguments);
        return view + "?faces-redirect=true&bid=" + bidId;
    }

    public StreamedContent download(FileRef ref) {
        return PageFiles.download(bids.openFile(bidId, ref.id()));
    }

    /** Whether the competition's conditions changed since the bid was last submitted or confirmed. */
    public boolean isNeedsConfirmation() {
        return bid.needsConfirmation(competition.getConditionsVersion());
    }

    public long getBidId() {
        return bidId;
    }

    public void setBidId(long bidId) {
        this.bidId = bidId;
    }

    public Bid getBid() {
        return bid;
    }

    public Competition getCompetition() {
        return competition;
    }

    public Declaration getPlan() {
        return plan;
    }

    public List<FileRef> getFiles() {
        return files;
    }

    public List<Receipt> getVersions() {
        return versions;
    }
}
