package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.evaluation.boundary.Assignment;
import org.gongjian.evaluation.boundary.EvaluatedProject;
import org.gongjian.evaluation.boundary.EvaluatorAccount;
import org.gongjian.evaluation.boundary.Evaluations;
import org.gongjian.evaluation.boundary.ProjectResult;
import org.gongjian.evaluation.boundary.Relation;
import org.gongjian.evaluation.entity.Arithmetic;
import org.gongjian.evaluation.entity.CriterionPoints;
import org.gongjian.evaluation.entity.Evaluation;
import org.gongjian.evaluation.entity.EvaluationResult;
import org.gongjian.evaluation.entity.EvaluationStatus;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.tenantconfig.ChannelKind;
import org.gongjian.tenantconfig.MissingChannel;

/**
 * The tenant admin's evaluations (考评): the same operations and rules as the evaluation pages,
 * through the same boundary. A year's evaluation is opened over its accepted projects, followed
 * project by project, closed (freezing the results) and corrected afterwards as new result versions.
 */
@Path("t/{code}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationsResource {

    @Inject
    Evaluations evaluations;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The tenant's evaluations, newest year first")
    public List<EvaluationView> all() {
        return evaluations.all().stream().map(EvaluationView::of).toList();
    }

    @POST
    @Path("{year}")
    @Operation(summary = "Open the year's evaluation over its accepted projects, on the scheme frozen in the year's round")
    public Response open(@PathParam("year") int year) {
        EvaluationView opened = EvaluationView.of(evaluations.open(year));
        return Response.created(uri.getAbsolutePath()).entity(opened).build();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "A year's evaluation with each project's progress on the channels, its total and grade (live while open, frozen once closed)")
    public YearView year(@PathParam("year") int year) {
        return new YearView(EvaluationView.of(evaluations.find(year)), evaluations.projects(year));
    }

    @POST
    @Path("{year}/close")
    @Operation(summary = "Close the evaluation: every project's result is frozen as version 1 (409 when already closed)")
    public YearView close(@PathParam("year") int year) {
        evaluations.close(year);
        return year(year);
    }

    @GET
    @Path("evaluators")
    @Operation(summary = "The tenant's evaluator accounts, to assign")
    public List<EvaluatorAccount> evaluators() {
        return evaluations.evaluators();
    }

    @GET
    @Path("{year}/projects/{id}")
    @Operation(summary = "A project's result: the arithmetic (each channel's criterion means, weights, shares, scores and contributions, the missing-channel rule, total and band), every frozen version, every sheet")
    public ResultView result(@PathParam("year") int year, @PathParam("id") long id) {
        return ResultView.of(evaluations.result(year, id));
    }

    @GET
    @Path("{year}/projects/{id}/evaluators")
    @Operation(summary = "The project's assigned evaluators: conflicts of interest, overrides, whether each has scored")
    public List<Assignment> assignments(@PathParam("year") int year, @PathParam("id") long id) {
        return evaluations.assignments(year, id);
    }

    @PUT
    @Path("{year}/projects/{id}/evaluators/{login}")
    @Operation(summary = "Assign an evaluator of the tenant to the project (while the evaluation is open)")
    public List<Assignment> assign(@PathParam("year") int year, @PathParam("id") long id, @PathParam("login") String login) {
        evaluations.assign(year, id, login);
        return assignments(year, id);
    }

    @DELETE
    @Path("{year}/projects/{id}/evaluators/{login}")
    @Operation(summary = "Remove an evaluator who has not scored yet from the project")
    public List<Assignment> unassign(@PathParam("year") int year, @PathParam("id") long id, @PathParam("login") String login) {
        evaluations.unassign(year, id, login);
        return assignments(year, id);
    }

    @POST
    @Path("{year}/projects/{id}/overrides")
    @Operation(summary = "Let an assigned evaluator with a conflict of interest score the project, with the reason recorded")
    public List<Assignment> override(@PathParam("year") int year, @PathParam("id") long id, OverrideBody override) {
        OverrideBody body = required(override);
        evaluations.override(year, id, body.login(), body.reason());
        return assignments(year, id);
    }

    @POST
    @Path("{year}/sheets/{sheetId}/corrections")
    @Operation(summary = "Correct a sheet after closing, with a reason: the project gets a new result version, the earlier ones stay")
    public Response correct(@PathParam("year") int year, @PathParam("sheetId") long sheetId, Correction correction) {
        Correction body = required(correction);
        EvaluationResult version = evaluations.correct(year, sheetId, body.form(), body.reason());
        return Response.status(Response.Status.CREATED).entity(VersionView.of(version)).build();
    }

    @GET
    @Path("relations")
    @Operation(summary = "Evaluators marked as related to a unit or co-building organisation (a conflict of interest on its projects)")
    public List<Relation> relations() {
        return evaluations.relations();
    }

    @POST
    @Path("relations")
    @Operation(summary = "Mark an evaluator as related to a unit (unitId) or a co-building organisation (claimantId), with the reason")
    public Response relate(RelationBody relation) {
        RelationBody body = required(relation);
        evaluations.markRelated(body.login(), body.unitId(), body.claimantId(), body.reason());
        return Response.status(Response.Status.CREATED).entity(evaluations.relations()).build();
    }

    @DELETE
    @Path("relations/{relationId}")
    @Operation(summary = "Remove a relation mark")
    public Response unrelate(@PathParam("relationId") long relationId) {
        evaluations.unmarkRelated(relationId);
        return Response.noContent().build();
    }

    public record OverrideBody(String login, String reason) {
    }

    public record RelationBody(String login, Long unitId, Long claimantId, String reason) {
    }

    /** A sheet's new points and notes, with the reason for the correction. */
    public record Correction(List<CriterionPoints> points, String note, String listened, String looked, String checked, String asked,
                             String reason) {

        SheetForm form() {
            return new SheetForm(points, note, listened, looked, checked, asked);
        }
    }

    public record EvaluationView(long id, int year, EvaluationStatus status, MissingChannel missingChannel, String openedBy,
                                 OffsetDateTime openedAt, String closedBy, OffsetDateTime closedAt) {

        static EvaluationView of(Evaluation evaluation) {
            return new EvaluationView(evaluation.getId(), evaluation.getYear(), evaluation.getStatus(),
                    evaluation.getScheme().missingChannel(), evaluation.getOpenedBy(), evaluation.getOpenedAt(),
                    evaluation.getClosedBy(), evaluation.getClosedAt());
        }
    }

    public record YearView(EvaluationView evaluation, List<EvaluatedProject> projects) {
    }

    /** A project's result as the admin reads it; the owner reads the same without the other channels' sheets. */
    public record ResultView(EvaluationView evaluation, long projectId, String title, String ownerName, Arithmetic current,
                             List<VersionView> versions, List<SheetView> sheets) {

        static ResultView of(ProjectResult result) {
            return new ResultView(EvaluationView.of(result.evaluation()), result.projectId(), result.title(), result.ownerName(),
                    result.current(), result.versions().stream().map(VersionView::of).toList(),
                    result.sheets().stream().map(SheetView::of).toList());
        }
    }

    public record VersionView(int number, BigDecimal total, String gradeKey, Arithmetic arithmetic, String reason, String decidedBy,
                              OffsetDateTime decidedAt) {

        static VersionView of(EvaluationResult result) {
            return new VersionView(result.getNumber(), result.getTotal(), result.getGradeKey(), result.getArithmetic(), result.getReason(),
                    result.getDecidedBy(), result.getDecidedAt());
        }
    }

    /** One score sheet: a public vote names neither its ballot code nor anyone. */
    public record SheetView(long id, ChannelKind channel, boolean paper, String submittedBy, Map<String, BigDecimal> points, String note,
                            String listened, String looked, String checked, String asked, OffsetDateTime updatedAt) {

        static SheetView of(ScoreSheet sheet) {
            boolean anonymous = sheet.getChannel() == ChannelKind.PUBLIC && !sheet.isPaper();
            return new SheetView(sheet.getId(), sheet.getChannel(), sheet.isPaper(), anonymous ? null : sheet.getSubmittedBy(),
                    sheet.points(), sheet.getNote(), sheet.getListened(), sheet.getLooked(), sheet.getChecked(), sheet.getAsked(),
                    sheet.getUpdatedAt());
        }
    }
}
