package org.gongjian.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The host's competitions, open to the units of every tenant or of chosen ones: the same
 * operations as a tenant's, at {@code host/competitions}, where no tenant is present and the
 * boundary serves the host's admins only.
 */
@Path("host/competitions")
public class HostCompetitionsResource extends CompetitionsResource {

    @GET
    @Path("tenants")
    @Operation(summary = "The tenants a competition can be opened to")
    public List<TenantChoice> tenants() {
        return competitions.tenants().stream().map(t -> new TenantChoice(t.getId(), t.getCode(), t.getNameZh(), t.getNameEn())).toList();
    }

    public record TenantChoice(long id, String code, String nameZh, String nameEn) {
    }
}
