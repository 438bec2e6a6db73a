package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.audit.entity.AuditRecord;
import org.gongjian.project.boundary.Projects;
import org.gongjian.project.control.Change;
import org.gongjian.project.control.ProjectFilter;
import org.gongjian.project.control.ProjectRow;
import org.gongjian.project.entity.Closure;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectComment;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.project.entity.Responsibility;

/**
 * The current tenant's projects, from declaration to acceptance: the same operations and rules as
 * the pages, through the same boundary. The tenant comes from the filter, never from the path.
 */
@Path("t/{code}/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    Projects projects;

    @GET
    @Operation(summary = "The projects the caller may see, newest change first, filtered and paged")
    public Listing list(@QueryParam("year") Integer year, @QueryParam("category") String category,
                        @QueryParam("status") ProjectStatus status, @QueryParam("unit") Long unit,
                        @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        ProjectFilter filter = new ProjectFilter(year, category, status, unit);
        return new Listing(projects.count(filter), projects.list(filter, first, size));
    }

    @POST
    @Operation(summary = "Start a draft declaration for the caller's unit (declaration window open)")
    public Response draft(Declaration declaration) {
        Project project = projects.startDraft(required(declaration));
        return Response.status(Response.Status.CREATED).entity(view(project.getId())).build();
    }

    @GET
    @Path("{id}")
    public ProjectView get(@PathParam("id") long id) {
        return view(id);
    }

    @PUT
    @Path("{id}/declaration")
    @Operation(summary = "Save the draft (or the returned declaration being revised)")
    public ProjectView saveDraft(@PathParam("id") long id, Declaration declaration) {
        projects.saveDraft(id, required(declaration));
        return view(id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit the declaration: checks completeness, the window and the unit's yearly quota")
    public ProjectView submit(@PathParam("id") long id) {
        projects.submit(id);
        return view(id);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return the declaration to the unit for revision, with a reason")
    public ProjectView returnForRevision(@PathParam("id") long id, Reason reason) {
        projects.returnForRevision(id, required(reason).reason());
        return view(id);
    }

    @POST
    @Path("{id}/reject")
    public ProjectView reject(@PathParam("id") long id, Reason reason) {
        projects.reject(id, required(reason).reason());
        return view(id);
    }

    @POST
    @Path("{id}/approve")
    public ProjectView approve(@PathParam("id") long id) {
        projects.approve(id);
        return view(id);
    }

    @POST
    @Path("{id}/nomination")
    @Operation(summary = "Nominate the project upward to the host within the year's quota, or withdraw it")
    public ProjectView nominate(@PathParam("id") long id, Nomination nomination) {
        projects.nominate(id, required(nomination).nominated());
        return view(id);
    }

    @GET
    @Path("{id}/comments")
    public List<CommentView> comments(@PathParam("id") long id) {
        return projects.comments(id).stream().map(CommentView::of).toList();
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") long id, CommentText comment) {
        ProjectComment created = projects.comment(id, required(comment).body());
        return Response.status(Response.Status.CREATED).entity(CommentView.of(created)).build();
    }

    @PUT
    @Path("{id}/responsibility")
    @Operation(summary = "Fix the 五定 (lead leader, responsible person, team); starts the implementation")
    public ProjectView responsibility(@PathParam("id") long id, Responsibility responsibility) {
        projects.fixResponsibility(id, required(responsibility));
        return view(id);
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Submit the closure report with a final figure for every goal")
    public ProjectView submitClosure(@PathParam("id") long id, Closure closure) {
        projects.submitClosure(id, required(closure));
        return view(id);
    }

    @POST
    @Path("{id}/closure/return")
    public ProjectView returnClosure(@PathParam("id") long id, Reason reason) {
        projects.returnClosure(id, required(reason).reason());
        return view(id);
    }

    @POST
    @Path("{id}/accept")
    public ProjectView accept(@PathParam("id") long id) {
        projects.accept(id);
        return view(id);
    }

    @GET
    @Path("{id}/declarations")
    public List<DocumentView> declarations(@PathParam("id") long id) {
        return projects.declarations(id).stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("{id}/declarations/{number}")
    public Declaration declaration(@PathParam("id") long id, @PathParam("number") int number) {
        return projects.declaration(id, number);
    }

    @GET
    @Path("{id}/declarations/compare")
    @Operation(summary = "What changed between two submitted declaration versions")
    public List<Change> compare(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        return projects.compare(id, from, to);
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        return projects.timeline(id).stream().map(TimelineEntry::of).toList();
    }

    private ProjectView view(long id) {
        Project project = projects.find(id);
        return new ProjectView(project.getId(), project.getOwner().unitId(), project.getOwner().claimantId(),
                projects.ownerName(id), project.getYear(), project.getCategoryKey(),
                project.getTitle(), project.getStatus(), project.isNominated(), project.getDeclarationNumber(),
                project.getClosureNumber(), project.getDecisionReason(), projects.declaration(id), projects.responsibility(id));
    }

    public record Listing(long total, List<ProjectRow> projects) {
    }

    /** A project; its owner is a unit (unitId) or a claimant organisation (claimantId), named ownerName. */
    public record ProjectView(long id, Long unitId, Long claimantId, String ownerName, int year, String categoryKey, String title, ProjectStatus status,
                              boolean nominated, int declarationVersions, int closureVersions, String decisionReason,
                              Declaration declaration, Responsibility responsibility) {
    }

    public record Reason(String reason) {
    }

    public record Nomination(boolean nominated) {
    }

    public record CommentText(String body) {
    }

    public record CommentView(long id, String author, String body, OffsetDateTime at) {

        static CommentView of(ProjectComment comment) {
            return new CommentView(comment.getId(), comment.getAuthor(), comment.getBody(), comment.getCreatedAt());
        }
    }

    public record DocumentView(int number, String submittedBy, OffsetDateTime submittedAt) {

        static DocumentView of(ProjectDocument document) {
            return new DocumentView(document.getNumber(), document.getSubmittedBy(), document.getSubmittedAt());
        }
    }

    public record TimelineEntry(OffsetDateTime at, String actor, String action, String before, String after) {

        static TimelineEntry of(AuditRecord record) {
            return new TimelineEntry(record.getAt(), record.getActor(), record.getAction(), record.getBefore(), record.getAfter());
        }
    }
}
