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
import org.gongjian.evaluation.boundary.AssessmentSheet;
import org.gongjian.evaluation.boundary.Assessments;
import org.gongjian.evaluation.boundary.AssignedProject;
import org.gongjian.evaluation.entity.SheetForm;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.web.api.EvaluationsResource.EvaluationView;
import org.gongjian.web.api.EvaluationsResource.SheetView;

/** An evaluator's assigned projects and score sheets (组织考评): the same operations and rules as the assessment pages. */
@Path("t/{code}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

    @Inject
    Assessments assessments;

    @GET
    @Operation(summary = "The projects the caller is assigned to score, conflicts of interest shown as such")
    public List<AssignedProject> mine() {
        return assessments.mine();
    }

    @GET
    @Path("{projectId}")
    @Operation(summary = "The organisational criteria and the caller's sheet (null until first saved), and whether a conflict keeps them from scoring")
    public Sheet sheet(@PathParam("projectId") long projectId) {
        return Sheet.of(assessments.sheet(projectId));
    }

    @PUT
    @Path("{projectId}")
    @Operation(summary = "Score the project: points for every criterion within its scale (at most two decimals), the four notes (listened, looked, checked, asked) and a note; until the evaluation closes")
    public Sheet score(@PathParam("projectId") long projectId, SheetForm form) {
        assessments.score(projectId, required(form));
        return sheet(projectId);
    }

    public record Sheet(EvaluationView evaluation, long projectId, String title, String ownerName, List<Criterion> criteria, SheetView mine,
                        boolean conflicted, boolean overridden, boolean mayScore) {

        static Sheet of(AssessmentSheet sheet) {
            return new Sheet(EvaluationView.of(sheet.evaluation()), sheet.projectId(), sheet.title(), sheet.ownerName(), sheet.criteria(),
                    sheet.mine() == null ? null : SheetView.of(sheet.mine()), sheet.conflicted(), sheet.overridden(), sheet.mayScore());
        }
    }
}
