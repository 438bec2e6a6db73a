package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gongjian.tenant.boundary.Tenants;
import org.gongjian.tenant.entity.TenantKind;

/** The committees on the platform, for anyone. */
@Path("public/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class PublicTenantsResource {

    @Inject
    Tenants tenants;

    @GET
    public List<PublicTenant> active() {
        return tenants.active().stream()
                .map(tenant -> new PublicTenant(tenant.getCode(), tenant.getNameZh(), tenant.getNameEn(), tenant.getKind()))
                .toList();
    }

    public record PublicTenant(String code, String nameZh, String nameEn, TenantKind kind) {
    }
}
