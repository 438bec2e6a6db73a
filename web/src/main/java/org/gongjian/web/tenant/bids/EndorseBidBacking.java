package org.gongjian.web.tenant.bids;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongjian.bidding.boundary.Bids;
import org.gongjian.bidding.boundary.Receipt;
import org.gongjian.bidding.control.SealedPlans.FileRef;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.entity.Declaration;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.faces.PageFiles;
import org.gongjian.web.i18n.Language;
import org.primefaces.model.StreamedContent;

/**
 * A unit's bid in a host competition, for its committee ({@code ?bid=N}): the plan and files to
 * read; submitting it (呈报) seals a version and shows its receipt; returning it needs a reason;
 * changed conditions are confirmed here for the unit.
 */
@Named
@ViewScoped
public class EndorseBidBacking implements Serializable {

    @Inject
    Bids bids;

    @Inject
    Language language;

    private long bidId;
    private transient Bid bid;
    private transient Competition competition;
    private transient Declaration plan;
    private transient List<FileRef> files;
    private transient List<Receipt> versions;
    private Receipt receipt;
    private String reason;

    public void load() {
        bid = bids.find(bidId);
        competition = bids.competition(bid.getCompetitionId());
        if (!competition.isHosts()) {
            throw new NotFoundException();
        }
        plan = bids.plan(bidId);
        files = PageFiles.refs(bids.files(bidId));
        versions = bids.versions(bidId);
    }

    /** Submits the bid and stays on the page, which then shows the receipt. */
    public void endorse() {
        receipt = bids.endorse(bidId);
        Messages.info("bidPages.endorse.done", receipt.number());
        load();
    }

    public String returnToUnit() {
        bids.returnToUnit(bidId, reason);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("bidPages.endorse.returned", bid.getUnitName());
        return "/tenant/bids/view?faces-redirect=true&bid=" + bidId;
    }

    public String confirm() {
        bids.confirm(bidId);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("bidPages.bid.confirmed");
        return "/tenant/bids/view?faces-redirect=true&bid=" + bidId;
    }

    public StreamedContent download(FileRef ref) {
        return PageFiles.download(bids.openFile(bidId, ref.id()));
    }

    public boolean isFilesRemovable() {
        return false;
    }

    public boolean isNeedsConfirmation() {
        return bid.needsConfirmation(competition.getConditionsVersion());
    }

    public String getReceiptTime() {
        return Messages.moment(language.getLocale(), "format.dateTimeSeconds", receipt.submittedAt());
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

    public Receipt getReceipt() {
        return receipt;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
