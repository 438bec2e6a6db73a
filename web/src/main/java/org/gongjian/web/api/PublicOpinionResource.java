package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.evaluation.boundary.OpinionBoard;
import org.gongjian.evaluation.boundary.OpinionProject;
import org.gongjian.evaluation.boundary.OpinionSheet;
import org.gongjian.evaluation.boundary.PublicOpinion;
import org.gongjian.evaluation.entity.CriterionPoints;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.tenant.entity.Tenant;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.web.security.ClientAddress;

/**
 * Public opinion (民意测评) for anyone, without signing in: a tenant's projects open for it, one
 * project's criteria, and a vote with a one-time ballot code.
 */
@Path("public/opinion/{tenantCode}")
@Produces(MediaType.APPLICATION_JSON)
public class PublicOpinionResource {

    @Inject
    PublicOpinion opinion;

    @Inject
    ClientAddress clientAddress;

    @GET
    @Operation(summary = "The tenant's projects open for public opinion now")
    public BoardView board(@PathParam("tenantCode") String tenantCode) {
        OpinionBoard board = opinion.board(tenantCode);
        return new BoardView(TenantView.of(board.tenant()), board.projects());
    }

    @GET
    @Path("{projectId}")
    @Operation(summary = "A project open for public opinion and the criteria the public scores, each with its scale (0 to maxScore)")
    public SheetView sheet(@PathParam("tenantCode") String tenantCode, @PathParam("projectId") long projectId) {
        return SheetView.of(opinion.sheet(tenantCode, projectId));
    }

    @POST
    @Path("{projectId}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vote with a one-time ballot code of this project (XXXX-XXXX, any case, dash optional): 201; "
            + "400 for a wrong code or one of another project, 409 for a used code or a closed evaluation, "
            + "429 after ten wrong codes from one address in a quarter of an hour")
    public Response vote(@PathParam("tenantCode") String tenantCode, @PathParam("projectId") long projectId, Vote vote,
                         @Context HttpServletRequest request) {
        Vote given = required(vote);
        OpinionSheet sheet = opinion.vote(tenantCode, projectId, given.code(), new SheetForm(given.points(), given.note(), null, null,
                null, null), clientAddress.of(request));
        return Response.status(Response.Status.CREATED).entity(new VotedView(sheet.project(), true)).build();
    }

    public record Vote(String code, List<CriterionPoints> points, String note) {
    }

    public record TenantView(String code, String nameZh, String nameEn) {

        static TenantView of(Tenant tenant) {
            return new TenantView(tenant.getCode(), tenant.getNameZh(), tenant.getNameEn());
        }
    }

    public record BoardView(TenantView tenant, List<OpinionProject> projects) {
    }

    public record CriterionView(String key, String nameZh, String nameEn, BigDecimal weight, int maxScore) {

        static CriterionView of(Criterion criterion) {
            return new CriterionView(criterion.key(), criterion.name().zh(), criterion.name().en(), criterion.weight(), criterion.maxScore());
        }
    }

    public record SheetView(TenantView tenant, OpinionProject project, List<CriterionView> criteria) {

        static SheetView of(OpinionSheet sheet) {
            return new SheetView(TenantView.of(sheet.tenant()), sheet.project(), sheet.criteria().stream().map(CriterionView::of).toList());
        }
    }

    public record VotedView(OpinionProject project, boolean recorded) {
    }
}
