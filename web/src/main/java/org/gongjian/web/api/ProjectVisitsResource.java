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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.project.boundary.SupervisionVisits;
import org.gongjian.project.control.VisitNote;
import org.gongjian.project.entity.SupervisionVisit;
import org.gongjian.project.entity.VisitKind;

/** A project's supervision and guidance visits: the same operations and rules as the visits page, through the same boundary. */
@Path("t/{code}/projects/{id}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectVisitsResource {

    @Inject
    SupervisionVisits visits;

    @GET
    @Operation(summary = "The project's supervision and guidance visits with feedback and answers, earliest first")
    public List<VisitView> list(@PathParam("id") long id) {
        return visits.list(id).stream().map(VisitView::of).toList();
    }

    @POST
    @Operation(summary = "Record a visit with findings, requested corrections and written feedback (admins and evaluators)")
    public Response record(@PathParam("id") long id, VisitNote note) {
        SupervisionVisit visit = visits.record(id, required(note));
        return Response.status(Response.Status.CREATED).entity(VisitView.of(visit)).build();
    }

    @POST
    @Path("{visit}/answer")
    @Operation(summary = "Answer a visit's written feedback, once (the project's unit)")
    public VisitView answer(@PathParam("id") long id, @PathParam("visit") long visit, Answer answer) {
        return VisitView.of(visits.answer(id, visit, required(answer).answer()));
    }

    public record Answer(String answer) {
    }

    public record VisitView(long id, VisitKind kind, LocalDate visitedOn, String findings, String corrections, String feedback,
                            String recordedBy, OffsetDateTime recordedAt, String answer, String answeredBy,
                            OffsetDateTime answeredAt) {

        static VisitView of(SupervisionVisit visit) {
            return new VisitView(visit.getId(), visit.getKind(), visit.getVisitedOn(), visit.getFindings(), visit.getCorrections(),
                    visit.getFeedback(), visit.getRecordedBy(), visit.getRecordedAt(), visit.getAnswer(), visit.getAnsweredBy(),
                    visit.getAnsweredAt());
        }
    }
}
