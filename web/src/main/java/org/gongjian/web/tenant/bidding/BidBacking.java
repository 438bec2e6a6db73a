package org.gongjian.web.tenant.bidding;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongjian.bidding.boundary.Bids;
import org.gongjian.bidding.boundary.Receipt;
import org.gongjian.bidding.control.SealedPlans.FileRef;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BidFile;
import org.gongjian.bidding.entity.BidStatus;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.config.boundary.Configurations;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.entity.Declaration;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.faces.PageFiles;
import org.gongjian.web.i18n.Language;
import org.gongjian.web.tenant.projects.DeclarationForm;
import org.primefaces.model.StreamedContent;

/**
 * The unit's bid ({@code ?bid=N}): the plan form (a declaration's fields) while the competition
 * takes bids, its files, submitting it (a tenant's competition) or handing it to the committee (the
 * host's), withdrawing it, confirming changed conditions, and the receipt of every version.
 */
@Named
@ViewScoped
public class BidBacking implements Serializable {

    @Inject
    Bids bids;

    @Inject
    Configurations configurations;

    @Inject
    Language language;

    private long bidId;
    private transient Bid bid;
    private transient Competition competition;
    private transient List<FileRef> files;
    private transient List<Receipt> versions;
    private Declaration plan;
    private DeclarationForm form;
    private final Map<String, String> categories = new LinkedHashMap<>();
    private transient Part file;

    public void load() {
        bid = bids.find(bidId);
        competition = bids.competition(bid.getCompetitionId());
        files = PageFiles.refs(bids.files(bidId));
        versions = bids.versions(bidId);
        plan = bids.plan(bidId);
        if (isEditable() && form == null) {
            form = DeclarationForm.of(plan);
            if (form.getSteps().isEmpty() && form.getBudget().isEmpty() && form.getGoals().isEmpty()) {
                form = DeclarationForm.blank();
            }
        }
        categories.clear();
        configurations.current().ifPresent(saved -> categories.putAll(CategoryNames.byKey(saved.configuration().categories(), language.getLocale())));
    }

    public String save() {
        bids.save(bidId, form.toDeclaration());
        return again("bidPages.bid.saved");
    }

    /** Saves, then submits or hands over; a refused submission leaves the saved draft and the form as typed. */
    public String submit() {
        bids.save(bidId, form.toDeclaration());
        Receipt receipt = bids.submit(bidId);
        if (receipt == null) {
            return again("bidPages.bid.handedOver");
        }
        return again("bidPages.bid.submitted", receipt.number(), receipt.receipt());
    }

    public String withdraw() {
        bids.withdraw(bidId);
        return again("bidPages.bid.withdrawn");
    }

    public String confirm() {
        bids.confirm(bidId);
        return again("bidPages.bid.confirmed");
    }

    public String attach() throws IOException {
        byte[] content = PageFiles.read(file);
        if (content == null) {
            return null;
        }
        BidFile added = bids.attach(bidId, file.getSubmittedFileName(), content);
        return again("attachment.added", added.getName());
    }

    public String removeFile(FileRef ref) {
        bids.removeFile(bidId, ref.id());
        return again("attachment.removed", ref.name());
    }

    public StreamedContent download(FileRef ref) {
        return PageFiles.download(bids.openFile(bidId, ref.id()));
    }

    private String again(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key, arguments);
        return "/tenant/bidding/bid?faces-redirect=true&bid=" + bidId;
    }

    /** The plan may change while the competition takes bids and the bid is not with the committee or withdrawn. */
    public boolean isEditable() {
        return competition.getStatus() == CompetitionStatus.PUBLISHED && !isDeadlinePassed()
                && bid.getStatus() != BidStatus.WITHDRAWN && bid.getStatus() != BidStatus.AWAITING_ENDORSEMENT;
    }

    public boolean isFilesRemovable() {
        return isEditable();
    }

    public boolean isWithdrawable() {
        return competition.getStatus() == CompetitionStatus.PUBLISHED && !isDeadlinePassed() && bid.getStatus() != BidStatus.WITHDRAWN;
    }

    private boolean isDeadlinePassed() {
        return !java.time.OffsetDateTime.now().isBefore(competition.getDeadline());
    }

    public boolean isNeedsConfirmation() {
        return bid.needsConfirmation(competition.getConditionsVersion());
    }

    /** The unit confirms changed conditions of a tenant's competition itself; the committee those of the host's. */
    public boolean isConfirmable() {
        return isNeedsConfirmation() && !competition.isHosts();
    }

    /** The declaration form asks for no goal hint on a bid. */
    public String getGoalHint() {
        return null;
    }

    public Map<String, String> getCategories() {
        return categories;
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

    public DeclarationForm getForm() {
        return form;
    }

    public List<FileRef> getFiles() {
        return files;
    }

    public List<Receipt> getVersions() {
        return versions;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
