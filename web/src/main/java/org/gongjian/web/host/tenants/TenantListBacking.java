package org.gongjian.web.host.tenants;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gongjian.tenant.boundary.Tenants;
import org.gongjian.tenant.control.TenantSummary;

/** The host's list of tenants with their figures (read-only). */
@Named
@RequestScoped
public class TenantListBacking {

    @Inject
    Tenants tenants;

    private List<TenantSummary> summaries;

    public List<TenantSummary> getSummaries() {
        if (summaries == null) {
            summaries = tenants.summaries();
        }
        return summaries;
    }
}
