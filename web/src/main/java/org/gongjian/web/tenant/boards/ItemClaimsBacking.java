package org.gongjian.web.tenant.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongjian.claim.boundary.ClaimRow;
import org.gongjian.claim.boundary.Claims;
import org.gongjian.claim.entity.BoardFile;
import org.gongjian.claim.entity.Claim;
import org.gongjian.claim.entity.ClaimStatus;
import org.gongjian.platform.BusinessException;
import org.gongjian.web.faces.PageFiles;
import org.primefaces.model.StreamedContent;

/**
 * The claims on an item as its admins weigh them: each organisation's plan, reasons, resources and
 * files, with confirm and refuse (with a reason) while pending, and release (with a reason) once accepted.
 */
@Named
@ViewScoped
public class ItemClaimsBacking implements Serializable {

    @Inject
    Claims claims;

    /** The item's page, which holds the item's id. */
    @Inject
    ItemBacking item;

    private transient List<ClaimRow> rows;
    private transient Map<Long, List<BoardFile>> files;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        rows = claims.ofItem(item.getId());
        files = new HashMap<>();
        rows.forEach(row -> files.put(row.claim().getId(), claims.files(row.claim().getId())));
    }

    public String confirm(ClaimRow row) {
        return decide(row, claimId -> claims.confirm(claimId), "boardPages.claim.confirmed");
    }

    public String refuse(ClaimRow row) {
        return decide(row, claimId -> claims.refuse(claimId, reasons.get(claimId)), "boardPages.claim.refused");
    }

    public String release(ClaimRow row) {
        return decide(row, claimId -> claims.release(claimId, reasons.get(claimId)), "boardPages.claim.released");
    }

    public StreamedContent download(BoardFile file) {
        return PageFiles.download(claims.openFile(file.getClaimId(), file.getId()));
    }

    /** Decides and shows the item again with its places as they now stand; a refusal shows the claims as they stand. */
    private String decide(ClaimRow row, Function<Long, Claim> decision, String doneKey) {
        try {
            decision.apply(row.claim().getId());
        } catch (BusinessException refused) {
            load();
            throw refused;
        }
        return ItemBacking.shownAgain(item.getId(), doneKey, row.organisation());
    }

    public boolean isPending(ClaimRow row) {
        return row.claim().getStatus() == ClaimStatus.PENDING;
    }

    public boolean isAccepted(ClaimRow row) {
        return row.claim().getStatus() == ClaimStatus.ACCEPTED;
    }

    public List<BoardFile> filesOf(ClaimRow row) {
        getRows();
        return files.getOrDefault(row.claim().getId(), List.of());
    }

    public List<ClaimRow> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
