package org.gongjian.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.tenant.boundary.Tenants;
import org.gongjian.tenant.entity.Tenant;

/** The public front page: the committees on the platform. */
@Named
@RequestScoped
public class IndexBacking {

    @Inject
    Tenants tenants;

    private List<Tenant> active;

    public List<Tenant> getTenants() {
        if (active == null) {
            active = tenants.active();
        }
        return active;
    }
}
