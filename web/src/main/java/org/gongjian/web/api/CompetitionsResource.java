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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.bidding.boundary.BidderRow;
import org.gongjian.bidding.boundary.Competitions;
import org.gongjian.bidding.boundary.OpenedPlan;
import org.gongjian.bidding.boundary.PanelMember;
import org.gongjian.bidding.boundary.Ranking;
import org.gongjian.bidding.boundary.Receipt;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.bidding.entity.CompetitionStatus;
import org.gongjian.bidding.entity.CompetitionTerms;
import org.gongjian.bidding.entity.ConflictOverride;
import org.gongjian.bidding.entity.Eligibility;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenantconfig.Criterion;
import org.gongjian.tenantconfig.Name;
import org.gongjian.web.api.ProjectsResource.Reason;

/**
 * A tenant's competitions for its own units, as its admins organise them, through the same
 * boundary as the pages. {@link HostCompetitionsResource} serves the host's at {@code host/…}: the
 * boundary tells the two apart by whether a tenant is present. Before the bids are opened nothing
 * here holds a plan: who bid and when, never what.
 */
@Path("t/{code}/competitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompetitionsResource {

    @Inject
    Competitions competitions;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The organiser's competitions, newest year first")
    public List<CompetitionView> list() {
        return competitions.list().stream().map(CompetitionView::of).toList();
    }

    @GET
    @Path("defaults")
    @Operation(summary = "The criteria a new competition starts from, taken from the organiser's configuration")
    public List<Criterion> defaults() {
        return competitions.defaults();
    }

    @POST
    @Operation(summary = "Write a draft competition; its deadline is a local date-time in the organiser's zone (e.g. 2027-04-15T17:00)")
    public Response create(CompetitionForm form) {
        Competition created = competitions.create(required(form).terms());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(get(created.getId())).build();
    }

    @GET
    @Path("{id}")
    public CompetitionView get(@PathParam("id") long id) {
        Competition competition = competitions.find(id);
        return CompetitionView.of(competition, competition.getEligibility() == Eligibility.CHOSEN_TENANTS
                ? competitions.chosenTenants(id) : Set.of());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rewrite the terms; once published this changes the conditions and every bid must be confirmed again")
    public CompetitionView edit(@PathParam("id") long id, CompetitionForm form) {
        competitions.edit(id, required(form).terms());
        return get(id);
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Start taking bids until the deadline; the criteria are frozen")
    public CompetitionView publish(@PathParam("id") long id) {
        competitions.publish(id);
        return get(id);
    }

    @POST
    @Path("{id}/cancel")
    public CompetitionView cancel(@PathParam("id") long id, Reason reason) {
        competitions.cancel(id, required(reason).reason());
        return get(id);
    }

    @POST
    @Path("{id}/open")
    @Operation(summary = "Unseal the bids: only after the deadline by the database's clock (409 before)")
    public Opening open(@PathParam("id") long id) {
        List<ReceiptView> receipts = competitions.openBids(id).stream().map(ReceiptView::of).toList();
        return new Opening(get(id), receipts);
    }

    @POST
    @Path("{id}/announce")
    @Operation(summary = "Publish the winners; each winning bid becomes an approved project with its grant")
    public CompetitionView announce(@PathParam("id") long id) {
        competitions.announce(id);
        return get(id);
    }

    @POST
    @Path("{id}/open-projects")
    @Operation(summary = "Open the projects of announced winners whose project is not open yet")
    public List<BidderRow> openProjects(@PathParam("id") long id) {
        competitions.openProjects(id);
        return bidders(id);
    }

    @GET
    @Path("{id}/reviewers")
    @Operation(summary = "The review panel")
    public List<PanelMember> panel(@PathParam("id") long id) {
        return competitions.panel(id);
    }

    @POST
    @Path("{id}/reviewers")
    @Operation(summary = "Put an account on the panel by its login")
    public List<PanelMember> addReviewer(@PathParam("id") long id, Login login) {
        return competitions.addReviewer(id, required(login).login());
    }

    @DELETE
    @Path("{id}/reviewers")
    @Operation(summary = "Take an account off the panel")
    public List<PanelMember> removeReviewer(@PathParam("id") long id, @QueryParam("login") String login) {
        return competitions.removeReviewer(id, login);
    }

    @GET
    @Path("{id}/bidders")
    @Operation(summary = "Who bid, their status and the time of the version that counts: never the content")
    public List<BidderRow> bidders(@PathParam("id") long id) {
        return competitions.bidders(id);
    }

    @GET
    @Path("{id}/ranking")
    @Operation(summary = "The ranking with its arithmetic: per criterion and reviewer, the means and the weighted totals (after opening)")
    public Ranking ranking(@PathParam("id") long id) {
        return competitions.ranking(id);
    }

    @GET
    @Path("{id}/bids/{bidId}")
    @Operation(summary = "An opened bid's plan (409 before the bids are opened)")
    public OpenedPlan plan(@PathParam("id") long id, @PathParam("bidId") long bidId) {
        return competitions.plan(id, bidId);
    }

    @GET
    @Path("{id}/bids/{bidId}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of an opened bid (always as a file to save; 409 before the bids are opened)")
    public Response file(@PathParam("id") long id, @PathParam("bidId") long bidId, @PathParam("fileId") long fileId) {
        return Downloads.file(competitions.file(id, bidId, fileId));
    }

    @POST
    @Path("{id}/bids/{bidId}/override")
    @Operation(summary = "Let a reviewer with a conflict of interest score this bid, for a recorded reason")
    public OverrideReason override(@PathParam("id") long id, @PathParam("bidId") long bidId, OverrideReason override) {
        OverrideReason given = required(override);
        ConflictOverride recorded = competitions.overrideConflict(id, bidId, given.login(), given.reason());
        return new OverrideReason(given.login(), recorded.getReason());
    }

    @POST
    @Path("{id}/bids/{bidId}/win")
    @Operation(summary = "Choose the bid as a winner, up to the competition's number (409 beyond)")
    public Ranking win(@PathParam("id") long id, @PathParam("bidId") long bidId) {
        return competitions.confirmWinner(id, bidId);
    }

    @POST
    @Path("{id}/bids/{bidId}/withdraw-win")
    @Operation(summary = "A winner gives its place up, for a reason; the next in the ranking may take it")
    public Ranking withdrawWin(@PathParam("id") long id, @PathParam("bidId") long bidId, Reason reason) {
        return competitions.withdrawWinner(id, bidId, required(reason).reason());
    }

    /**
     * The terms as a client writes them. A criterion's scale is read like every whole number of the
     * API (JSON-B alone would cut 10.5 to 10 in the record's {@code int}); leaving it out is a scale of 0, refused.
     */
    public record CompetitionForm(Integer year, String topic, String rules, Eligibility eligibility, Set<Long> tenantIds,
                                  List<CriterionForm> criteria, LocalDateTime deadline, Integer winners, BigDecimal fundsPerWinner) {

        CompetitionTerms terms() {
            if (tenantIds != null && tenantIds.contains(null)) {
                throw new BusinessException("competition.tenants.unknown");
            }
            // a criterion left out entirely is one with nothing filled in, refused with its reasons
            List<Criterion> given = criteria == null ? null : criteria.stream()
                    .map(c -> c == null ? new Criterion(null, null, null, 0)
                            : new Criterion(c.key(), c.name(), c.weight(), c.maxScore() == null ? 0 : c.maxScore()))
                    .toList();
            return new CompetitionTerms(year, topic, rules, eligibility, tenantIds, given, deadline, winners, fundsPerWinner);
        }
    }

    public record CriterionForm(String key, Name name, BigDecimal weight, Integer maxScore) {
    }

    public record Login(String login) {
    }

    /** The competition once opened, and the receipts of its counted bids, each checked against its content. */
    public record Opening(CompetitionView competition, List<ReceiptView> receipts) {
    }

    /** A sealed version's receipt: the SHA-256 of its plain content and the database's time; whether it was opened intact. */
    public record ReceiptView(long bidId, int number, String receipt, OffsetDateTime submittedAt, Boolean intact) {

        static ReceiptView of(Receipt receipt) {
            return new ReceiptView(receipt.bidId(), receipt.number(), receipt.receipt(), receipt.submittedAt(), receipt.intact());
        }
    }

    /** A reviewer (by login) let to score a bid despite a conflict of interest, and why. */
    public record OverrideReason(String login, String reason) {
    }

    /**
     * A competition's terms and where it stands; nothing of any bid. {@code tenantIds} are the
     * tenants a host competition is open to when it chose them, given with one competition (null in lists).
     */
    public record CompetitionView(long id, Long organiserTenantId, int year, String topic, String rules, Eligibility eligibility,
                                  Set<Long> tenantIds, List<Criterion> criteria, OffsetDateTime deadline, String timeZone, int winners,
                                  BigDecimal fundsPerWinner, CompetitionStatus status, int conditionsVersion, String cancelReason,
                                  OffsetDateTime publishedAt, OffsetDateTime openedAt, OffsetDateTime announcedAt) {

        static CompetitionView of(Competition competition) {
            return of(competition, null);
        }

        static CompetitionView of(Competition competition, Set<Long> tenantIds) {
            return new CompetitionView(competition.getId(), competition.getOrganiserTenantId(), competition.getYear(),
                    competition.getTopic(), competition.getRules(), competition.getEligibility(), tenantIds, competition.getCriteria(),
                    competition.getDeadline(), competition.getZone().getId(), competition.getWinners(), competition.getFundsPerWinner(),
                    competition.getStatus(), competition.getConditionsVersion(), competition.getCancelReason(),
                    competition.getPublishedAt(), competition.getOpenedAt(), competition.getAnnouncedAt());
        }
    }
}
