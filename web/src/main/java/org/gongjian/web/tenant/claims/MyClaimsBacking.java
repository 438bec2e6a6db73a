package org.gongjian.web.tenant.claims;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongjian.claim.boundary.ClaimRow;
import org.gongjian.claim.boundary.Claims;
import org.gongjian.claim.entity.ClaimStatus;
import org.gongjian.platform.BusinessException;
import org.gongjian.web.faces.Messages;

/** The claims of the caller's organisation (a claimant organisation or a unit), newest first, each withdrawn while pending. */
@Named
@ViewScoped
public class MyClaimsBacking implements Serializable {

    @Inject
    Claims claims;

    private transient List<ClaimRow> rows;

    public void withdraw(ClaimRow row) {
        try {
            claims.withdraw(row.claim().getId());
        } catch (BusinessException refused) {
            rows = null;
            throw refused;
        }
        rows = null;
        Messages.info("boardPages.claim.withdrawn", row.itemTitle());
    }

    public boolean isPending(ClaimRow row) {
        return row.claim().getStatus() == ClaimStatus.PENDING;
    }

    public List<ClaimRow> getRows() {
        if (rows == null) {
            rows = claims.mine();
        }
        return rows;
    }
}
