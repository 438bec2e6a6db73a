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

/**
 * Where a signed-in person lands: the host admin on the tenant list, someone in one tenant on
 * that tenant's home, someone in several on a choice of tenants.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    Memberships memberships;

    @Inject
    Portal portal;

    private List<TenantRole> roles;

    public void route() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String root = external.getRequestContextPath();
        if (portal.isHostAdmin()) {
            external.redirect(root + "/host/tenants/list.xhtml");
            return;
        }
        List<String> codes = getRoles().stream().map(TenantRole::tenantCode).distinct().toList();
        if (codes.size() == 1) {
            external.redirect(root + "/t/" + codes.get(0) + "/");
        }
    }

    public List<TenantRole> getRoles() {
        if (roles == null) {
            roles = memberships.mine();
        }
        return roles;
    }
}
