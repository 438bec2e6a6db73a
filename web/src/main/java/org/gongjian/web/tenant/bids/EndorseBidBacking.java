package org.gongjian.web.tenant.bids;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongjian.bidding.boundary.Receipt;
import org.gongjian.platform.NotFoundException;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;
import org.gongjian.web.tenant.bidding.BidPage;

/**
 * A unit's bid in a host competition, for its committee ({@code ?bid=N}): the plan and files to
 * read; submitting it (呈报) seals a version and shows its receipt; returning it needs a reason;
 * changed conditions are confirmed here for the unit.
 */
@Named
@ViewScoped
public class EndorseBidBacking extends BidPage {

    private static final String VIEW = "/tenant/bids/view";

    @Inject
    Language language;

    private Receipt receipt;
    private String reason;

    public void load() {
        read();
        if (!getCompetition().isHosts()) {
            throw new NotFoundException();
        }
    }

    /** Submits the bid and stays on the page, which then shows the receipt. */
    public void endorse() {
        receipt = bids.endorse(bidId);
        Messages.info("bidPages.endorse.done", receipt.number());
        load();
    }

    public String returnToUnit() {
        bids.returnToUnit(bidId, reason);
        return shownAgain(VIEW, "bidPages.endorse.returned", getBid().getUnitName());
    }

    public String confirm() {
        bids.confirm(bidId);
        return shownAgain(VIEW, "bidPages.bid.confirmed");
    }

    public boolean isFilesRemovable() {
        return false;
    }

    public String getReceiptTime() {
        return Messages.moment(language.getLocale(), "format.dateTimeSeconds", receipt.submittedAt());
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
