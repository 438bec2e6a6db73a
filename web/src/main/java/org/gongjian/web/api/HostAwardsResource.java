package org.gongjian.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The host's city batch over the tenants' nominations: the same operations as a tenant's batches,
 * at {@code host/awards/batches}, where no tenant is present and the boundary serves the host's
 * admins only, reaching other tenants' nominations through one of its batches at a time. Each
 * operation is declared again here because the OpenAPI document does not follow inheritance.
 */
@Path("host/awards/batches")
public class HostAwardsResource extends AwardBatchesResource {

    @Override
    @GET
    public List<BatchView> list() {
        return super.list();
    }

    @Override
    @POST
    @Operation(summary = "Open the city's batch of a year: its title, first and last day of nominations (China Standard Time) and prize counts")
    public Response create(BatchForm form) {
        return super.create(form);
    }

    @Override
    @GET
    @Path("{id}")
    public BatchView get(@PathParam("id") long id) {
        return super.get(id);
    }

    @Override
    @GET
    @Path("{id}/applications")
    public List<ApplicationView> applications(@PathParam("id") long id) {
        return super.applications(id);
    }

    @Override
    @GET
    @Path("{id}/applications/{application}/inspections")
    public List<InspectionView> inspections(@PathParam("id") long id, @PathParam("application") long application) {
        return super.inspections(id, application);
    }

    @Override
    @POST
    @Path("{id}/applications/{application}/inspections")
    public Response inspect(@PathParam("id") long id, @PathParam("application") long application, InspectionForm form) {
        return super.inspect(id, application, form);
    }

    @Override
    @PUT
    @Path("{id}/applications/{application}/prize")
    public ApplicationView award(@PathParam("id") long id, @PathParam("application") long application, PrizeForm form) {
        return super.award(id, application, form);
    }

    @Override
    @POST
    @Path("{id}/publish")
    public BatchView publish(@PathParam("id") long id) {
        return super.publish(id);
    }
}
