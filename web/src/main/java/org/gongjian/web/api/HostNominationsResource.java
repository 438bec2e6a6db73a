package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.project.boundary.Nominations;
import org.gongjian.project.control.NominationRow;

/** The projects every tenant nominated upward, read-only, for the host. */
@Path("host/nominations")
@Produces(MediaType.APPLICATION_JSON)
public class HostNominationsResource {

    @Inject
    Nominations nominations;

    @GET
    @Operation(summary = "Every tenant's nominated projects, newest year first (host admins only)")
    public List<NominationRow> all() {
        return nominations.acrossTenants();
    }
}
