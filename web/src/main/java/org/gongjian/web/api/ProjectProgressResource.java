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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.project.boundary.ProgressReports;
import org.gongjian.project.control.ProgressNote;
import org.gongjian.project.entity.ProgressReport;

/** A project's progress reports: the same operations and rules as the progress page, through the same boundary. */
@Path("t/{code}/projects/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectProgressResource {

    @Inject
    ProgressReports reports;

    @GET
    @Operation(summary = "The project's progress reports, first one first, with figures by goal key")
    public List<ReportView> list(@PathParam("id") long id) {
        return reports.list(id).stream().map(ReportView::of).toList();
    }

    @POST
    @Operation(summary = "Submit the next progress report: text and figures (≥ 0) for declared goal keys (the project's owner; project under way)")
    public Response submit(@PathParam("id") long id, ProgressNote note) {
        ProgressReport report = reports.submit(id, required(note));
        return Response.status(Response.Status.CREATED).entity(ReportView.of(report)).build();
    }

    public record ReportView(int number, String body, Map<String, BigDecimal> figures, String submittedBy,
                             OffsetDateTime submittedAt) {

        static ReportView of(ProgressReport report) {
            return new ReportView(report.getNumber(), report.getBody(), report.getFigures().byGoal(),
                    report.getSubmittedBy(), report.getSubmittedAt());
        }
    }
}
