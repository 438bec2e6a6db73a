package org.gongjian.web.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.bidding.boundary.BidderRow;
import org.gongjian.bidding.boundary.OpenedPlan;
import org.gongjian.bidding.boundary.PanelMember;
import org.gongjian.bidding.boundary.Ranking;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.web.api.ProjectsResource.Reason;

/**
 * The host's competitions, open to the units of every tenant or of chosen ones: the same
 * operations as a tenant's, at {@code host/competitions}, where no tenant is present and the
 * boundary serves the host's admins only. Each operation is declared again here because the
 * OpenAPI document does not follow inheritance: without them it would not list the host's paths.
 */
@Path("host/competitions")
public class HostCompetitionsResource extends CompetitionsResource {

    @GET
    @Path("tenants")
    @Operation(summary = "The tenants a competition can be opened to")
    public List<TenantChoice> tenants() {
        return competitions.tenants().stream().map(t -> new TenantChoice(t.getId(), t.getCode(), t.getNameZh(), t.getNameEn())).toList();
    }

    @Override
    @GET
    public List<CompetitionView> list() {
        return super.list();
    }

    @Override
    @GET
    @Path("defaults")
    public List<Criterion> defaults() {
        return super.defaults();
    }

    @Override
    @POST
    @Operation(summary = "Write a draft competition; its deadline is a local date-time in China Standard Time (e.g. 2027-04-15T17:00)")
    public Response create(CompetitionForm form) {
        return super.create(form);
    }

    @Override
    @GET
    @Path("{id}")
    public CompetitionView get(@PathParam("id") long id) {
        return super.get(id);
    }

    @Override
    @PUT
    @Path("{id}")
    public CompetitionView edit(@PathParam("id") long id, CompetitionForm form) {
        return super.edit(id, form);
    }

    @Override
    @POST
    @Path("{id}/publish")
    public CompetitionView publish(@PathParam("id") long id) {
        return super.publish(id);
    }

    @Override
    @POST
    @Path("{id}/cancel")
    public CompetitionView cancel(@PathParam("id") long id, Reason reason) {
        return super.cancel(id, reason);
    }

    @Override
    @POST
    @Path("{id}/open")
    public Opening open(@PathParam("id") long id) {
        return super.open(id);
    }

    @Override
    @POST
    @Path("{id}/announce")
    public CompetitionView announce(@PathParam("id") long id) {
        return super.announce(id);
    }

    @Override
    @POST
    @Path("{id}/open-projects")
    public List<BidderRow> openProjects(@PathParam("id") long id) {
        return super.openProjects(id);
    }

    @Override
    @GET
    @Path("{id}/reviewers")
    public List<PanelMember> panel(@PathParam("id") long id) {
        return super.panel(id);
    }

    @Override
    @POST
    @Path("{id}/reviewers")
    public List<PanelMember> addReviewer(@PathParam("id") long id, Login login) {
        return super.addReviewer(id, login);
    }

    @Override
    @DELETE
    @Path("{id}/reviewers")
    public List<PanelMember> removeReviewer(@PathParam("id") long id, @QueryParam("login") String login) {
        return super.removeReviewer(id, login);
    }

    @Override
    @GET
    @Path("{id}/bidders")
    public List<BidderRow> bidders(@PathParam("id") long id) {
        return super.bidders(id);
    }

    @Override
    @GET
    @Path("{id}/ranking")
    public Ranking ranking(@PathParam("id") long id) {
        return super.ranking(id);
    }

    @Override
    @GET
    @Path("{id}/bids/{bidId}")
    public OpenedPlan plan(@PathParam("id") long id, @PathParam("bidId") long bidId) {
        return super.plan(id, bidId);
    }

    @Override
    @GET
    @Path("{id}/bids/{bidId}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @PathParam("bidId") long bidId, @PathParam("fileId") long fileId) {
        return super.file(id, bidId, fileId);
    }

    @Override
    @POST
    @Path("{id}/bids/{bidId}/override")
    public OverrideReason override(@PathParam("id") long id, @PathParam("bidId") long bidId, OverrideReason override) {
        return super.override(id, bidId, override);
    }

    @Override
    @POST
    @Path("{id}/bids/{bidId}/win")
    public Ranking win(@PathParam("id") long id, @PathParam("bidId") long bidId) {
        return super.win(id, bidId);
    }

    @Override
    @POST
    @Path("{id}/bids/{bidId}/withdraw-win")
    public Ranking withdrawWin(@PathParam("id") long id, @PathParam("bidId") long bidId, Reason reason) {
        return super.withdrawWin(id, bidId, reason);
    }

    public record TenantChoice(long id, String code, String nameZh, String nameEn) {
    }
}
