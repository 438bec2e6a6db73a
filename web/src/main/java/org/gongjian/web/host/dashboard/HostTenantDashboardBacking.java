package org.gongjian.web.host.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gongjian.dashboard.boundary.HostDashboards;
import org.gongjian.web.dashboard.FigurePage;

/** One tenant's year as the host reads it ({@code ?code=&year=}), read-only, without links into the tenant's pages. */
@Named
@RequestScoped
public class HostTenantDashboardBacking extends FigurePage {

    @Inject
    HostDashboards dashboards;

    private String code;

    public void load() {
        show(dashboards.tenant(code, askedYear()));
    }

    /** The host reads no tenant's lists: its drill-down shows figures without links. */
    @Override
    protected String listUrl(String page) {
        return null;
    }

    public String getName() {
        return getFigures() == null || getFigures().tenantName() == null ? code : getFigures().tenantName().in(language.getLocale());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
