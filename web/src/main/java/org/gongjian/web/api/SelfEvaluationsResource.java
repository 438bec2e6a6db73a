package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.evaluation.boundary.OwnProject;
import org.gongjian.evaluation.boundary.SelfEvaluations;
import org.gongjian.evaluation.boundary.SelfSheet;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.web.api.EvaluationsResource.EvaluationView;
import org.gongjian.web.api.EvaluationsResource.ResultView;
import org.gongjian.web.api.EvaluationsResource.SheetView;

/**
 * The owner's self-evaluation (单位自评) of its accepted projects: the same operations and rules as
 * the self-evaluation page. Evidence goes up as the project's attachments with the purpose EVALUATION.
 */
@Path("t/{code}/self-evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelfEvaluationsResource {

    @Inject
    SelfEvaluations selfEvaluations;

    @GET
    @Operation(summary = "The caller's accepted projects in a year's evaluation: self-evaluation done, and the frozen total and grade once closed")
    public List<OwnProject> mine() {
        return selfEvaluations.mine();
    }

    @GET
    @Path("{projectId}")
    @Operation(summary = "The self channel's criteria and the owner's sheet (null until first saved)")
    public Sheet sheet(@PathParam("projectId") long projectId) {
        return Sheet.of(selfEvaluations.sheet(projectId));
    }

    @PUT
    @Path("{projectId}")
    @Operation(summary = "Save the self-evaluation: points for every criterion within its scale (at most two decimals) and a note; until the evaluation closes")
    public Sheet save(@PathParam("projectId") long projectId, SheetForm form) {
        selfEvaluations.save(projectId, required(form));
        return sheet(projectId);
    }

    @GET
    @Path("{projectId}/result")
    @Operation(summary = "The frozen result with its arithmetic and versions, once the evaluation is closed (409 before)")
    public ResultView result(@PathParam("projectId") long projectId) {
        return ResultView.of(selfEvaluations.result(projectId));
    }

    public record Sheet(EvaluationView evaluation, long projectId, String title, List<Criterion> criteria, SheetView sheet) {

        static Sheet of(SelfSheet sheet) {
            return new Sheet(EvaluationView.of(sheet.evaluation()), sheet.projectId(), sheet.title(), sheet.criteria(),
                    sheet.sheet() == null ? null : SheetView.of(sheet.sheet()));
        }
    }
}
