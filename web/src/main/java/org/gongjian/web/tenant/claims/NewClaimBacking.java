package org.gongjian.web.tenant.claims;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.gongjian.claim.boundary.ClaimRow;
import org.gongjian.claim.boundary.Claims;
import org.gongjian.claim.entity.BoardFile;
import org.gongjian.claim.entity.Claim;
import org.gongjian.claim.entity.ClaimBoard;
import org.gongjian.claim.entity.ClaimForm;
import org.gongjian.claim.entity.ClaimStatus;
import org.gongjian.claim.entity.ClaimableItem;
import org.gongjian.platform.NotFoundException;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.faces.PageFiles;
import org.primefaces.model.StreamedContent;

/**
 * Claiming an item ({@code ?item=N}, the public board's claim button): the item, and the form for
 * the plan, reasons and resources; once the organisation holds a live claim on it, that claim with
 * its status and files, which it may add to while the claim is live; after a claim ended, how it ended. A second submission (a double
 * click, a retried request) gets the same claim back from the boundary.
 */
@Named
@ViewScoped
public class NewClaimBacking implements Serializable {

    @Inject
    Claims claims;

    private Long itemId;
    private transient ClaimableItem item;
    private transient ClaimBoard board;
    private transient Claim claim;
    private transient Claim earlier;
    private transient List<BoardFile> files;
    private String plan;
    private String reasons;
    private String partyResources;
    private String administrativeResources;
    private String enterpriseResources;
    private transient Part file;

    public void load() {
        if (itemId == null) {
            throw new NotFoundException();
        }
        item = claims.item(itemId);
        board = claims.boardOf(item);
        Optional<Claim> latest = claims.mine().stream().map(ClaimRow::claim).filter(mine -> mine.getItemId().equals(itemId)).findFirst();
        claim = latest.filter(mine -> mine.getStatus().isLive()).orElse(null);
        earlier = latest.filter(mine -> !mine.getStatus().isLive()).orElse(null);
        files = claim == null ? List.of() : claims.files(claim.getId());
    }

    public String claim() {
        Claim made = claims.claim(itemId, new ClaimForm(plan, reasons, partyResources, administrativeResources, enterpriseResources));
        return shownAgain(made.getStatus() == ClaimStatus.ACCEPTED ? "boardPages.claim.madeAccepted" : "boardPages.claim.made",
                item().getTitle());
    }

    public String attach() throws IOException {
        byte[] content = PageFiles.read(file);
        if (content == null) {
            return null;
        }
        BoardFile added = claims.attach(getClaim().getId(), file.getSubmittedFileName(), content);
        return shownAgain("attachment.added", added.getFileName());
    }

    /** The page loaded afresh, so that reloading it sends nothing twice. */
    private String shownAgain(String doneKey, String argument) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(doneKey, argument);
        return "/tenant/claims/new?faces-redirect=true&item=" + itemId;
    }

    public StreamedContent download(BoardFile attached) {
        return PageFiles.download(claims.openFile(attached.getClaimId(), attached.getId()));
    }

    private ClaimableItem item() {
        if (item == null) {
            load();
        }
        return item;
    }

    public ClaimableItem getItem() {
        return item();
    }

    public ClaimBoard getBoard() {
        item();
        return board;
    }

    public Claim getClaim() {
        item();
        return claim;
    }

    /** The organisation's latest claim on the item when it has ended (refused, withdrawn, released, cancelled). */
    public Claim getEarlier() {
        item();
        return earlier;
    }

    public List<BoardFile> getFiles() {
        item();
        return files;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getPartyResources() {
        return partyResources;
    }

    public void setPartyResources(String partyResources) {
        this.partyResources = partyResources;
    }

    public String getAdministrativeResources() {
        return administrativeResources;
    }

    public void setAdministrativeResources(String administrativeResources) {
        this.administrativeResources = administrativeResources;
    }

    public String getEnterpriseResources() {
        return enterpriseResources;
    }

    public void setEnterpriseResources(String enterpriseResources) {
        this.enterpriseResources = enterpriseResources;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
