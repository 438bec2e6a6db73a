package org.gongjian.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.gongjian.account.boundary.Memberships;
import org.gongjian.account.control.MembershipDirectory.TenantRole;
import org.gongjian.bidding.boundary.Reviews;

/**
 * Where a signed-in person lands: the host admin on the tenant list, someone in one tenant on
 * that tenant's home, someone in several (or on a review panel) on a choice of tenants and panels.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    Memberships memberships;

    @Inject
    Portal portal;

    @Inject
    Reviews reviews;

    private List<TenantRole> roles;
    private Boolean reviewer;

    public void route() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String root = external.getRequestContextPath();
        if (portal.isHostAdmin()) {
            external.redirect(root + "/host/tenants/list.xhtml");
            return;
        }
        List<String> codes = getRoles().stream().map(TenantRole::tenantCode).distinct().toList();
        if (codes.size() == 1 && !isReviewer()) {
            external.redirect(root + "/t/" + codes.get(0) + "/");
        }
    }

    /** Whether the account sits on a competition's review panel; such a person lands here to choose. */
    public boolean isReviewer() {
        if (reviewer == null) {
            reviewer = !reviews.mine().isEmpty();
        }
        return reviewer;
    }

    public List<TenantRole> getRoles() {
        if (roles == null) {
            roles = memberships.mine();
        }
        return roles;
    }
}
