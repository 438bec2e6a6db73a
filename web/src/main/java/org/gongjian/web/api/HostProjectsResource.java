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
import org.gongjian.project.boundary.FollowedProgress;
import org.gongjian.project.boundary.HostProjects;
import org.gongjian.project.control.FollowedProject;
import org.gongjian.project.control.VisitNote;
import org.gongjian.project.entity.Closure;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Responsibility;
import org.gongjian.web.api.ProjectFundsResource.StatementView;
import org.gongjian.web.api.ProjectProgressResource.ReportView;
import org.gongjian.web.api.ProjectVisitsResource.VisitView;

/**
 * The projects won in the host's competitions, in every tenant, for the host's admins: their
 * progress, supervision visits and acceptance at closure, through the same boundary as the host's pages.
 */
@Path("host/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostProjectsResource {

    @Inject
    HostProjects projects;

    @GET
    @Operation(summary = "The projects won in the host's competitions, by tenant, with their funds (host admins only)")
    public List<FollowedProject> followed() {
        return projects.followed();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One such project's plan, 五定, ledger, progress reports, visits, funds and closure report")
    public ProgressView get(@PathParam("id") long id) {
        return view(projects.project(id));
    }

    @POST
    @Path("{id}/visits")
    @Operation(summary = "Record a supervision or guidance visit with written feedback to the unit (project underway)")
    public Response visit(@PathParam("id") long id, VisitNote note) {
        return Response.status(Response.Status.CREATED).entity(VisitView.of(projects.recordVisit(id, required(note)))).build();
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept (验收) the project whose closure report was submitted")
    public ProgressView accept(@PathParam("id") long id) {
        projects.accept(id);
        return view(projects.project(id));
    }

    private static ProgressView view(FollowedProgress progress) {
        var funds = progress.funds();
        return new ProgressView(progress.summary(), progress.project().getCategoryKey(), progress.project().getDraft(),
                progress.project().getResponsibility(),
                progress.ledger().stream().map(ProjectLedgerResource.EntryView::of).toList(),
                progress.reports().stream().map(ReportView::of).toList(),
                progress.visits().stream().map(VisitView::of).toList(),
                new StatementView(funds.granted(), funds.spent(), funds.balance(),
                        funds.entries().stream().map(ProjectFundsResource.EntryView::of).toList()),
                progress.closure());
    }

    /** closure is the last closure report submitted, or null. */
    public record ProgressView(FollowedProject project, String categoryKey, Declaration declaration, Responsibility responsibility,
                               List<ProjectLedgerResource.EntryView> ledger, List<ReportView> reports, List<VisitView> visits,
                               StatementView funds, Closure closure) {
    }
}
