package org.gongjian.web.tenant.bidding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjian.bidding.boundary.Receipt;
import org.gongjian.bidding.control.SealedPlans.FileRef;
import org.gongjian.bidding.entity.BidFile;
import org.gongjian.bidding.entity.BidStatus;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.config.boundary.Configurations;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.web.faces.PageFiles;
import org.gongjian.web.i18n.Language;
import org.gongjian.web.tenant.projects.DeclarationForm;

/**
 * The unit's bid ({@code ?bid=N}): the plan form (a declaration's fields) while the competition
 * takes bids, its files, submitting it (a tenant's competition) or handing it to the committee (the
 * host's), withdrawing it, confirming changed conditions, and the receipt of every version.
 */
@Named
@ViewScoped
public class BidBacking extends BidPage {

    private static final String VIEW = "/tenant/bidding/bid";

    @Inject
    Configurations configurations;

    @Inject
    Language language;

    private DeclarationForm form;
    private final Map<String, String> categories = new LinkedHashMap<>();
    private transient Part file;

    public void load() {
        read();
        if (isEditable()) {
            form = DeclarationForm.of(getPlan());
            if (form.getSteps().isEmpty() && form.getBudget().isEmpty() && form.getGoals().isEmpty()) {
                form = DeclarationForm.blank();
            }
        }
        categories.clear();
        configurations.current().ifPresent(saved -> categories.putAll(CategoryNames.byKey(saved.configuration().categories(), language.getLocale())));
    }

    public String save() {
        bids.save(bidId, form.toDeclaration());
        return shownAgain(VIEW, "bidPages.bid.saved");
    }

    /** Saves, then submits or hands over; a refused submission leaves the saved draft and the form as typed. */
    public String submit() {
        bids.save(bidId, form.toDeclaration());
        Receipt receipt = bids.submit(bidId);
        if (receipt == null) {
            return shownAgain(VIEW, "bidPages.bid.handedOver");
        }
        return shownAgain(VIEW, "bidPages.bid.submitted", receipt.number(), receipt.receipt());
    }

    public String withdraw() {
        bids.withdraw(bidId);
        return shownAgain(VIEW, "bidPages.bid.withdrawn");
    }

    public String confirm() {
        bids.confirm(bidId);
        return shownAgain(VIEW, "bidPages.bid.confirmed");
    }

    public String attach() throws IOException {
        byte[] content = PageFiles.read(file);
        if (content == null) {
            return null;
        }
        BidFile added = bids.attach(bidId, file.getSubmittedFileName(), content);
        return shownAgain(VIEW, "attachment.added", added.getName());
    }

    public String removeFile(FileRef ref) {
        bids.removeFile(bidId, ref.id());
        return shownAgain(VIEW, "attachment.removed", ref.name());
    }

    /** The plan may change while the competition takes bids and the bid is neither with the committee nor withdrawn. */
    public boolean isEditable() {
        return isTakingBids() && getBid().getStatus() != BidStatus.WITHDRAWN && getBid().getStatus() != BidStatus.AWAITING_ENDORSEMENT;
    }

    public boolean isFilesRemovable() {
        return isEditable();
    }

    public boolean isWithdrawable() {
        return isTakingBids() && getBid().getStatus() != BidStatus.WITHDRAWN;
    }

    /** By this server's clock; the boundary checks the deadline again by the database's. */
    private boolean isTakingBids() {
        return getCompetition().getStatus() == CompetitionStatus.PUBLISHED && OffsetDateTime.now().isBefore(getCompetition().getDeadline());
    }

    /** The unit confirms changed conditions of a tenant's competition itself; the committee those of the host's. */
    public boolean isConfirmable() {
        return isNeedsConfirmation() && !getCompetition().isHosts();
    }

    /** The declaration form asks for no goal hint on a bid. */
    public String getGoalHint() {
        return null;
    }

    public Map<String, String> getCategories() {
        return categories;
    }

    public DeclarationForm getForm() {
        return form;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
