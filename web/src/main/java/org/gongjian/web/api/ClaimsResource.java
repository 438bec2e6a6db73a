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
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.claim.boundary.ClaimRow;
import org.gongjian.claim.boundary.Claims;
import org.gongjian.claim.entity.Claim;
import org.gongjian.claim.entity.ClaimStatus;
import org.gongjian.web.api.ProjectsResource.Reason;

/** Claims as their organisations and the tenant's admins see and decide them, through the same boundary as the pages. */
@Path("t/{code}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    @Inject
    Claims claims;

    @GET
    @Operation(summary = "The claims of the caller's organisation (claimant or unit), newest first")
    public List<ClaimView> mine() {
        return claims.mine().stream().map(ClaimView::of).toList();
    }

    @GET
    @Path("{claimId}")
    @Operation(summary = "A claim, for the admins or the organisation that made it")
    public ClaimView get(@PathParam("claimId") long claimId) {
        return ClaimView.of(claims.find(claimId));
    }

    @POST
    @Path("{claimId}/withdraw")
    @Operation(summary = "The organisation takes back its claim before a decision")
    public ClaimView withdraw(@PathParam("claimId") long claimId) {
        claims.withdraw(claimId);
        return get(claimId);
    }

    @POST
    @Path("{claimId}/confirm")
    @Operation(summary = "Confirm a pending claim after weighing it (admins); 409 when the places are taken")
    public ClaimView confirm(@PathParam("claimId") long claimId) {
        claims.confirm(claimId);
        return get(claimId);
    }

    @POST
    @Path("{claimId}/refuse")
    @Operation(summary = "Refuse a pending claim with a reason its organisation is told (admins)")
    public ClaimView refuse(@PathParam("claimId") long claimId, Reason reason) {
        claims.refuse(claimId, required(reason).reason());
        return get(claimId);
    }

    @POST
    @Path("{claimId}/release")
    @Operation(summary = "Give an accepted claim's place back, with a reason its organisation is told (admins)")
    public ClaimView release(@PathParam("claimId") long claimId, Reason reason) {
        claims.release(claimId, required(reason).reason());
        return get(claimId);
    }

    /** A claim; the organisation is named whichever kind it is (claimant or unit). */
    public record ClaimView(long id, long itemId, String itemTitle, Long claimantId, Long unitId, String organisation, String plan,
                            String reasons, String partyResources, String administrativeResources, String enterpriseResources,
                            ClaimStatus status, String decisionReason, Long projectId, OffsetDateTime claimedAt,
                            OffsetDateTime decidedAt) {

        static ClaimView of(ClaimRow row) {
            Claim claim = row.claim();
            return new ClaimView(claim.getId(), claim.getItemId(), row.itemTitle(), claim.getClaimantId(), claim.getUnitId(),
                    row.organisation(), claim.getPlan(), claim.getReasons(), claim.getPartyResources(),
                    claim.getAdministrativeResources(), claim.getEnterpriseResources(), claim.getStatus(), claim.getDecisionReason(),
                    claim.getProjectId(), claim.getClaimedAt(), claim.getDecidedAt());
        }
    }
}
