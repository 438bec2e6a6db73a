package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.award.boundary.Awards;
import org.gongjian.award.entity.AwardApplication;
import org.gongjian.award.entity.AwardBatch;
import org.gongjian.award.entity.AwardInspection;
import org.gongjian.award.entity.BatchStatus;
import org.gongjian.award.entity.HostBatchTerms;
import org.gongjian.award.entity.InspectionKind;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenantconfig.AwardTier;

/**
 * A tenant's award batches as its admins organise them, through the same boundary as the pages.
 * {@link HostAwardsResource} serves the host's city batch at {@code host/awards/batches}: the
 * boundary tells the two apart by whether a tenant is present.
 */
@Path("t/{code}/awards/batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardBatchesResource {

    @Inject
    Awards awards;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The organiser's award batches, newest year first")
    public List<BatchView> list() {
        return awards.batches().stream().map(BatchView::of).toList();
    }

    @POST
    @Operation(summary = "Open the year's batch: a tenant's takes the window and prize counts of the year's frozen round and only a year and"
            + " title; the host's gives its own window (days in China Standard Time) and counts")
    public Response create(BatchForm form) {
        BatchForm given = required(form);
        AwardBatch batch;
        if (uri.getPathParameters().containsKey("code")) {
            if (given.opensOn() != null || given.closesOn() != null || given.first() != null || given.second() != null || given.third() != null) {
                throw new BusinessException("award.batch.fromRules");
            }
            batch = awards.open(given.year() == null ? 0 : given.year(), given.title());
        } else {
            batch = awards.create(new HostBatchTerms(given.year(), given.title(), given.opensOn(), given.closesOn(), given.first(),
                    given.second(), given.third()));
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(batch.getId())).build()).entity(BatchView.of(batch)).build();
    }

    @GET
    @Path("{id}")
    public BatchView get(@PathParam("id") long id) {
        return BatchView.of(awards.batch(id));
    }

    @GET
    @Path("{id}/applications")
    @Operation(summary = "The batch's applications (the host's: every tenant's nominations), with their cases and prizes")
    public List<ApplicationView> applications(@PathParam("id") long id) {
        return awards.applications(id).stream().map(ApplicationView::of).toList();
    }

    @GET
    @Path("{id}/applications/{application}/inspections")
    public List<InspectionView> inspections(@PathParam("id") long id, @PathParam("application") long application) {
        return awards.inspections(id, application).stream().map(InspectionView::of).toList();
    }

    @POST
    @Path("{id}/applications/{application}/inspections")
    @Operation(summary = "Write an inspection note, or with visitedOn a visit of that day")
    public Response inspect(@PathParam("id") long id, @PathParam("application") long application, InspectionForm form) {
        InspectionForm given = required(form);
        return Response.status(Response.Status.CREATED)
                .entity(InspectionView.of(awards.inspect(id, application, given.visitedOn(), given.note()))).build();
    }

    @PUT
    @Path("{id}/applications/{application}/prize")
    @Operation(summary = "Give the application a prize (tier null: none) with its award funds, within the batch's counts")
    public ApplicationView award(@PathParam("id") long id, @PathParam("application") long application, PrizeForm form) {
        PrizeForm given = required(form);
        return ApplicationView.of(awards.award(id, application, given.tier(), given.funds()));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish the list: it becomes public and final, and the prized applicants are told")
    public BatchView publish(@PathParam("id") long id) {
        return BatchView.of(awards.publish(id));
    }

    public record BatchForm(Integer year, String title, LocalDate opensOn, LocalDate closesOn, Integer first, Integer second, Integer third) {
    }

    public record InspectionForm(LocalDate visitedOn, String note) {
    }

    public record PrizeForm(AwardTier tier, BigDecimal funds) {
    }

    public record BatchView(long id, int year, String title, boolean host, String timeZone, LocalDate opensOn, LocalDate closesOn,
                            int first, int second, int third, BatchStatus status, OffsetDateTime publishedAt) {

        static BatchView of(AwardBatch batch) {
            return new BatchView(batch.getId(), batch.getYear(), batch.getTitle(), batch.isHosts(), batch.getTimeZone(), batch.getOpensOn(),
                    batch.getClosesOn(), batch.getFirstPrizes(), batch.getSecondPrizes(), batch.getThirdPrizes(), batch.getStatus(),
                    batch.getPublishedAt());
        }
    }

    public record ApplicationView(long id, long batchId, long projectId, String projectTitle, String ownerName, String tenantName,
                                  int resultNumber, BigDecimal total, String gradeKey, String gradeZh, String gradeEn, String caseText,
                                  String appliedBy, OffsetDateTime appliedAt, AwardTier tier, BigDecimal funds, String decidedBy,
                                  OffsetDateTime decidedAt) {

        static ApplicationView of(AwardApplication a) {
            return new ApplicationView(a.getId(), a.getBatchId(), a.getProjectId(), a.getProjectTitle(), a.getOwnerName(), a.getTenantName(),
                    a.getResultNumber(), a.getTotal(), a.getGradeKey(), a.getGradeZh(), a.getGradeEn(), a.getCaseText(), a.getAppliedBy(),
                    a.getAppliedAt(), a.getTier(), a.getFunds(), a.getDecidedBy(), a.getDecidedAt());
        }
    }

    public record InspectionView(long id, long applicationId, InspectionKind kind, LocalDate visitedOn, String note, String writtenBy,
                                 OffsetDateTime writtenAt) {

        static InspectionView of(AwardInspection i) {
            return new InspectionView(i.getId(), i.getApplicationId(), i.getKind(), i.getVisitedOn(), i.getNote(), i.getWrittenBy(),
                    i.getWrittenAt());
        }
    }
}
