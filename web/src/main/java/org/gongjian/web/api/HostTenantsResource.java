package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gongjian.tenant.boundary.Tenants;
import org.gongjian.tenant.control.TenantSummary;

/** The host's read-only figures for every tenant. */
@Path("host/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class HostTenantsResource {

    @Inject
    Tenants tenants;

    @GET
    public List<TenantSummary> summaries() {
        return tenants.summaries();
    }
}
