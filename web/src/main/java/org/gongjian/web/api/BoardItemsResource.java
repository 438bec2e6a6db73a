package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.claim.boundary.Boards;
import org.gongjian.claim.boundary.Claims;
import org.gongjian.claim.entity.Claim;
import org.gongjian.claim.entity.ClaimForm;
import org.gongjian.claim.entity.ClaimableItem;
import org.gongjian.claim.entity.ItemDetails;
import org.gongjian.claim.entity.ItemStatus;
import org.gongjian.web.api.ClaimsResource.ClaimView;
import org.gongjian.web.api.ProjectsResource.Reason;

/**
 * One claimable item: the admins write, publish, close and withdraw it and change its places;
 * organisations claim it. A claim made twice by the same organisation is the same claim.
 */
@Path("t/{code}/items/{itemId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardItemsResource {

    @Inject
    Boards boards;

    @Inject
    Claims claims;

    @GET
    @Operation(summary = "The item: any of it for the admins, a published or closed one for organisations")
    public ItemView get(@PathParam("itemId") long itemId) {
        return ItemView.of(claims.item(itemId));
    }

    @PUT
    @Operation(summary = "Rewrite a draft or published item; its places never drop below the claims accepted")
    public ItemView edit(@PathParam("itemId") long itemId, ItemDetails details) {
        return ItemView.of(boards.editItem(itemId, required(details)));
    }

    @POST
    @Path("publish")
    public ItemView publish(@PathParam("itemId") long itemId) {
        return ItemView.of(boards.publish(itemId));
    }

    @POST
    @Path("close")
    @Operation(summary = "End claiming now; the item stays on the board with its claimants")
    public ItemView close(@PathParam("itemId") long itemId) {
        return ItemView.of(boards.close(itemId));
    }

    @POST
    @Path("withdraw")
    @Operation(summary = "Take the item off the board with a reason; its live claims are cancelled and their organisations told")
    public ItemView withdraw(@PathParam("itemId") long itemId, Reason reason) {
        return ItemView.of(boards.withdraw(itemId, required(reason).reason()));
    }

    @POST
    @Path("capacity")
    @Operation(summary = "Change the number of places; never below the claims already accepted")
    public ItemView capacity(@PathParam("itemId") long itemId, Capacity capacity) {
        return ItemView.of(boards.changeCapacity(itemId, required(capacity).places()));
    }

    @POST
    @Path("claims")
    @Operation(summary = "Claim the item for the caller's organisation: 201 with a new claim, 200 with its live claim, "
            + "409 when the places are taken or the window is not open")
    public Response claim(@PathParam("code") String code, @PathParam("itemId") long itemId, ClaimForm form, @Context UriInfo uri) {
        Claim claim = claims.claim(itemId, required(form));
        // a claim read back from the database has its time; one made by this call is not read back
        boolean made = claim.getClaimedAt() == null;
        ClaimView view = ClaimView.of(claims.find(claim.getId()));
        return made ? Response.created(uri.getBaseUriBuilder().path("t/{code}/claims/{claimId}").build(code, claim.getId()))
                .entity(view).build() : Response.ok(view).build();
    }

    @GET
    @Path("claims")
    @Operation(summary = "Every claim on the item in the order they were made, with the organisation (admins)")
    public List<ClaimView> claims(@PathParam("itemId") long itemId) {
        return claims.ofItem(itemId).stream().map(ClaimView::of).toList();
    }

    public record Capacity(Integer places) {
    }

    public record ItemView(long id, long boardId, long sectorId, String title, String need, String expectedResults, String offer,
                           BigDecimal offeredFunds, String contact, int capacity, int accepted, int remaining,
                           OffsetDateTime opensAt, OffsetDateTime closesAt, ItemStatus status, String withdrawalReason) {

        static ItemView of(ClaimableItem item) {
            return new ItemView(item.getId(), item.getBoardId(), item.getSectorId(), item.getTitle(), item.getNeed(),
                    item.getExpectedResults(), item.getOffer(), item.getOfferedFunds(), item.getContact(), item.getCapacity(),
                    item.getAccepted(), item.remaining(), item.getOpensAt(), item.getClosesAt(), item.getStatus(),
                    item.getWithdrawalReason());
        }
    }
}
