package org.gongjian.web.api;

import jakarta.ws.rs.Path;

/**
 * The host's city batch over the tenants' nominations: the same operations as a tenant's batches,
 * at {@code host/awards/batches}, where no tenant is present and the boundary serves the host's
 * admins only, reaching other tenants' nominations through one of its batches at a time.
 */
@Path("host/awards/batches")
public class HostAwardsResource extends AwardBatchesResource {
}
