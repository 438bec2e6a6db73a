package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.bidding.boundary.Bids;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.web.api.BidsResource.BidView;
import org.gongjian.web.api.CompetitionsResource.CompetitionView;

/** The competitions the caller's unit may bid in, and its bid in one of them. */
@Path("t/{code}/bidding")
@Produces(MediaType.APPLICATION_JSON)
public class BiddingResource {

    @Inject
    Bids bids;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The competitions taking bids that the caller's unit may bid in, soonest deadline first")
    public List<CompetitionView> open() {
        return bids.open().stream().map(CompetitionView::of).toList();
    }

    @GET
    @Path("{competitionId}")
    @Operation(summary = "A competition the caller's unit may bid in: its terms and criteria")
    public CompetitionView competition(@PathParam("competitionId") long competitionId) {
        return CompetitionView.of(bids.competition(competitionId));
    }

    @POST
    @Path("{competitionId}/bid")
    @Operation(summary = "Start the unit's bid in the competition: 201 with a new draft, 200 with the bid it already has")
    public Response start(@PathParam("code") String code, @PathParam("competitionId") long competitionId) {
        boolean had = bids.mine().stream().anyMatch(bid -> bid.getCompetitionId() == competitionId);
        Bid bid = bids.start(competitionId);
        BidView view = BidView.of(bid, bids.competition(competitionId), bids.plan(bid.getId()));
        return had ? Response.ok(view).build()
                : Response.created(uri.getBaseUriBuilder().path("t/{code}/bids/{bidId}").build(code, bid.getId())).entity(view).build();
    }
}
