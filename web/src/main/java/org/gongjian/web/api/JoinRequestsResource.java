package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.account.control.IssuedPassword;
import org.gongjian.claim.boundary.JoinRequests;
import org.gongjian.claim.entity.JoinRequest;
import org.gongjian.claim.entity.JoinStatus;
import org.gongjian.claimant.entity.ClaimantKind;
import org.gongjian.web.api.ProjectsResource.Reason;

/** Requests to join the tenant as a co-building organisation, as its admins decide them. */
@Path("t/{code}/join-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JoinRequestsResource {

    @Inject
    JoinRequests requests;

    @GET
    @Operation(summary = "The requests to join in this status, oldest first (admins)")
    public List<RequestView> list(@QueryParam("status") @DefaultValue("PENDING") JoinStatus status) {
        return requests.withStatus(status).stream().map(RequestView::of).toList();
    }

    @POST
    @Path("{requestId}/accept")
    @Operation(summary = "Register the organisation with its first account under this login; answers its first password, shown once")
    public Response accept(@PathParam("requestId") long requestId, Login login) {
        IssuedPassword issued = requests.accept(requestId, required(login).login());
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        return Response.ok(issued).cacheControl(never).build();
    }

    @POST
    @Path("{requestId}/decline")
    @Operation(summary = "Decline the request with a reason the organisation is told by e-mail")
    public RequestView decline(@PathParam("requestId") long requestId, Reason reason) {
        return RequestView.of(requests.decline(requestId, required(reason).reason()));
    }

    public record Login(String login) {
    }

    public record RequestView(long id, String name, ClaimantKind kind, String contactPerson, String contactPhone, String email,
                              String reasons, JoinStatus status, String decisionReason, Long claimantId, OffsetDateTime createdAt) {

        static RequestView of(JoinRequest request) {
            return new RequestView(request.getId(), request.getName(), request.getKind(), request.getContactPerson(),
                    request.getContactPhone(), request.getEmail(), request.getReasons(), request.getStatus(),
                    request.getDecisionReason(), request.getClaimantId(), request.getCreatedAt());
        }
    }
}
