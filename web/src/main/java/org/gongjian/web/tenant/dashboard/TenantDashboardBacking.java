package org.gongjian.web.tenant.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongjian.dashboard.boundary.Dashboards;
import org.gongjian.web.dashboard.FigurePage;

/** The tenant's year at a glance ({@code ?year=}, this year by default), for the tenant's admins. */
@Named
@RequestScoped
public class TenantDashboardBacking extends FigurePage {

    @Inject
    Dashboards dashboards;

    /** The view action; anyone but the tenant's admins is refused (403). */
    public void load() {
        show(dashboards.year(askedYear()));
    }

    @Override
    protected String listUrl(String page) {
        return portal.tenantUrl(page);
    }
}
