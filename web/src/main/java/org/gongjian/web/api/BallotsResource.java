package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.evaluation.boundary.BallotRow;
import org.gongjian.evaluation.boundary.Ballots;
import org.gongjian.evaluation.boundary.Ballots.ProjectBallots;
import org.gongjian.evaluation.boundary.IssuedBatch;
import org.gongjian.evaluation.control.BallotCodeText;
import org.gongjian.evaluation.entity.ScoreSheet;
import org.gongjian.evaluation.entity.SheetForm;

/**
 * The ballots of a project's public opinion channel (民意测评), for the tenant's admins: its
 * one-time codes by batch, a new batch, and paper ballots.
 */
@Path("t/{code}/evaluations/{year}/projects/{projectId}/ballots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BallotsResource {

    @Inject
    Ballots ballots;

    @GET
    @Operation(summary = "The project's ballot codes by batch, each used or not, and the paper ballots entered (admins)")
    public Response list(@PathParam("year") int year, @PathParam("projectId") long projectId) {
        ProjectBallots shown = ballots.codes(year, projectId);
        return unstored(new BallotsView(year, projectId, shown.project().title(), shown.codes().size(), shown.used(),
                shown.paperBallots(), shown.codes().stream().map(CodeView::of).toList()));
    }

    @POST
    @Operation(summary = "Issue a new batch of one-time codes (1 to 500) for the project while the evaluation is open: 201 with the codes")
    public Response issue(@PathParam("year") int year, @PathParam("projectId") long projectId, Count count) {
        IssuedBatch issued = ballots.issue(year, projectId, required(count).count());
        return Response.status(Response.Status.CREATED).cacheControl(never())
                .entity(new BatchView(issued.batch(), issued.codes().stream().map(BallotCodeText::shown).toList())).build();
    }

    @POST
    @Path("paper")
    @Operation(summary = "Enter a paper ballot: points on each criterion of the public channel and an optional note; recorded as paper")
    public Response paper(@PathParam("year") int year, @PathParam("projectId") long projectId, SheetForm form) {
        ScoreSheet sheet = ballots.enterPaper(year, projectId, required(form));
        return Response.status(Response.Status.CREATED).entity(new PaperView(sheet.getId(), true, sheet.points(), sheet.getNote())).build();
    }

    /** Codes are as good as ballot papers: no cache keeps them. */
    private static Response unstored(Object entity) {
        return Response.ok(entity).cacheControl(never()).build();
    }

    private static CacheControl never() {
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        return never;
    }

    public record Count(Integer count) {
    }

    public record BallotsView(int year, long projectId, String title, int issued, long used, long paperBallots, List<CodeView> codes) {
    }

    public record CodeView(String code, int batch, OffsetDateTime issuedAt, boolean used, OffsetDateTime usedAt) {

        static CodeView of(BallotRow row) {
            return new CodeView(row.code().shown(), row.batch(), row.issuedAt(), row.isUsed(), row.usedAt());
        }
    }

    public record BatchView(int batch, List<String> codes) {
    }

    public record PaperView(long sheetId, boolean paper, Map<String, BigDecimal> points, String note) {
    }
}
