package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.award.boundary.PublicAwards;
import org.gongjian.award.boundary.PublishedBatch;
import org.gongjian.award.boundary.PublishedList;
import org.gongjian.platform.NotFoundException;

/** The published award lists, to anyone without signing in: the prizes and nothing else; an unpublished list is not found. */
@Path("public/awards")
@Produces(MediaType.APPLICATION_JSON)
public class PublicAwardsResource {

    @Inject
    PublicAwards awards;

    @GET
    @Operation(summary = "Every published list, newest year first")
    public List<PublishedBatch> published() {
        return awards.published();
    }

    @GET
    @Path("city/{year}")
    @Operation(summary = "The city's published list of the year")
    public PublishedList city(@PathParam("year") int year) {
        return awards.ofCity(year).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{tenantCode}/{year}")
    @Operation(summary = "A tenant's published list of the year")
    public PublishedList tenant(@PathParam("tenantCode") String tenantCode, @PathParam("year") int year) {
        return awards.ofTenant(tenantCode, year).orElseThrow(NotFoundException::new);
    }
}
