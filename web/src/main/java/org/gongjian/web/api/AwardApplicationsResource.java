package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.award.boundary.Applications;
import org.gongjian.award.boundary.Candidate;
import org.gongjian.award.boundary.OwnApplication;
import org.gongjian.award.control.Prize;
import org.gongjian.web.api.AwardBatchesResource.BatchView;

/**
 * Applying for awards: units and claimant organisations apply to their tenant's batch with their
 * own evaluated projects; a tenant's admins nominate the tenant's evaluated projects to the host's
 * city batch. The prizes of a project, once published.
 */
@Path("t/{code}/awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardApplicationsResource {

    @Inject
    Applications applications;

    @GET
    @Path("open")
    @Operation(summary = "The batches the caller may apply (or nominate) to today, by the database clock in each batch's zone")
    public List<BatchView> open() {
        return applications.open().stream().map(BatchView::of).toList();
    }

    @GET
    @Path("candidates")
    @Operation(summary = "The caller's projects with a frozen evaluation result")
    public List<Candidate> candidates() {
        return applications.candidates();
    }

    @GET
    @Path("applications")
    @Operation(summary = "The caller's applications; prizes show once published")
    public List<OwnApplication> mine() {
        return applications.mine();
    }

    @POST
    @Path("applications")
    @Operation(summary = "Apply to a batch with a project that has a frozen evaluation result and a short case (at most 2,000 characters)")
    public Response apply(ApplicationForm form) {
        ApplicationForm given = required(form);
        var application = applications.apply(given.batchId() == null ? 0 : given.batchId(), given.projectId() == null ? 0 : given.projectId(),
                given.caseText());
        return Response.status(Response.Status.CREATED).entity(AwardBatchesResource.ApplicationView.of(application)).build();
    }

    @GET
    @Path("prizes/{projectId}")
    @Operation(summary = "A project's published prizes")
    public List<Prize> prizes(@PathParam("projectId") long projectId) {
        return applications.prizesOf(projectId);
    }

    public record ApplicationForm(Long batchId, Long projectId, String caseText) {
    }
}
