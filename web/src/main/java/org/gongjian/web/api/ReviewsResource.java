package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.bidding.boundary.OpenedPlan;
import org.gongjian.bidding.boundary.ReviewSheet;
import org.gongjian.bidding.boundary.Reviews;
import org.gongjian.bidding.boundary.ScoreEntry;
import org.gongjian.bidding.entity.Score;
import org.gongjian.web.api.CompetitionsResource.CompetitionView;

/**
 * The caller's review panels, whichever tenant (or none) their account belongs to. No tenant is
 * chosen here, so a caller who has not signed in is refused here (401); the boundary decides what
 * each reviewer sees. A sheet holds the opened bids without those the reviewer has a conflict with.
 */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    @Inject
    Reviews reviews;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The competitions on whose panel the caller sits, newest first")
    public List<CompetitionView> mine() {
        signedIn();
        return reviews.mine().stream().map(CompetitionView::of).toList();
    }

    @GET
    @Path("{competitionId}")
    @Operation(summary = "The score sheet: the opened bids the caller may score with their plans, and the caller's scores (409 before opening)")
    public Sheet sheet(@PathParam("competitionId") long competitionId) {
        signedIn();
        return Sheet.of(reviews.sheet(competitionId));
    }

    @PUT
    @Path("{competitionId}/bids/{bidId}")
    @Operation(summary = "Score a bid on every criterion within its scale (at most two decimals), with a note; replaces the caller's earlier points")
    public Sheet score(@PathParam("competitionId") long competitionId, @PathParam("bidId") long bidId, Scores scores) {
        signedIn();
        reviews.score(competitionId, bidId, required(scores).scores());
        return sheet(competitionId);
    }

    @GET
    @Path("{competitionId}/bids/{bidId}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a bid the caller scores (always as a file to save)")
    public Response file(@PathParam("competitionId") long competitionId, @PathParam("bidId") long bidId,
                         @PathParam("fileId") long fileId) {
        signedIn();
        return Downloads.file(reviews.file(competitionId, bidId, fileId));
    }

    private void signedIn() {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException(Response.status(Response.Status.UNAUTHORIZED).build());
        }
    }

    public record Scores(List<ScoreEntry> scores) {
    }

    /** One competition to score: its terms and criteria, and each bid the caller may score with the caller's points so far. */
    public record Sheet(CompetitionView competition, List<SheetBid> bids) {

        static Sheet of(ReviewSheet sheet) {
            return new Sheet(CompetitionView.of(sheet.competition()), sheet.bids().stream()
                    .map(bid -> new SheetBid(bid, sheet.mine().getOrDefault(bid.bidId(), Map.of()).values().stream()
                            .map(ScoreView::of).toList()))
                    .toList());
        }
    }

    public record SheetBid(OpenedPlan bid, List<ScoreView> scores) {
    }

    public record ScoreView(String criterion, BigDecimal points, String note) {

        static ScoreView of(Score score) {
            return new ScoreView(score.getCriterionKey(), score.getPoints(), score.getNote());
        }
    }
}
