package org.gongjian.web.api;

import static org.gongjian.web.api.JsonBodies.required;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.gongjian.bidding.boundary.Bids;
import org.gongjian.bidding.boundary.Receipt;
import org.gongjian.bidding.entity.Bid;
import org.gongjian.bidding.entity.BidFile;
import org.gongjian.bidding.entity.BidOutcome;
import org.gongjian.bidding.entity.BidStatus;
import org.gongjian.bidding.entity.Competition;
import org.gongjian.project.entity.Declaration;
import org.gongjian.web.api.CompetitionsResource.ReceiptView;
import org.gongjian.web.api.ProjectsResource.Reason;

/**
 * Bids as the bidder's side keeps them: the unit drafts, attaches files and submits; for a host
 * competition its committee's admins endorse or return. Each submission seals a version and hands
 * back its receipt. Files are the raw body on upload (their kind found from the content) and always
 * offered for saving on download.
 */
@Path("t/{code}/bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BidsResource {

    @Inject
    Bids bids;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The bids of the tenant's units, for its admins (who endorse those in host competitions)")
    public List<BidView> ofTenant() {
        return views(bids.ofTenant());
    }

    @GET
    @Path("mine")
    @Operation(summary = "The bids of the caller's unit")
    public List<BidView> mine() {
        return views(bids.mine());
    }

    @GET
    @Path("{bidId}")
    @Operation(summary = "The bid with its plan, for the bidder's side only")
    public BidView get(@PathParam("bidId") long bidId) {
        Bid bid = bids.find(bidId);
        return BidView.of(bid, bids.competition(bid.getCompetitionId()), bids.plan(bidId));
    }

    @PUT
    @Path("{bidId}")
    @Operation(summary = "Save the plan (a declaration) until the deadline; a submitted bid's last version counts until it is submitted again")
    public BidView save(@PathParam("bidId") long bidId, Declaration plan) {
        bids.save(bidId, required(plan));
        return get(bidId);
    }

    @POST
    @Path("{bidId}/submit")
    @Operation(summary = "Submit the bid: sealed with a receipt, or for a host competition handed to the committee to endorse")
    public Submission submit(@PathParam("bidId") long bidId) {
        Receipt receipt = bids.submit(bidId);
        return new Submission(get(bidId), receipt == null ? null : ReceiptView.of(receipt));
    }

    @POST
    @Path("{bidId}/endorse")
    @Operation(summary = "The committee endorses and submits its unit's bid to a host competition (admins); answers the receipt")
    public Submission endorse(@PathParam("bidId") long bidId) {
        Receipt receipt = bids.endorse(bidId);
        return new Submission(get(bidId), ReceiptView.of(receipt));
    }

    @POST
    @Path("{bidId}/return")
    @Operation(summary = "The committee returns the bid to its unit with a reason (admins)")
    public BidView returnToUnit(@PathParam("bidId") long bidId, Reason reason) {
        bids.returnToUnit(bidId, required(reason).reason());
        return get(bidId);
    }

    @POST
    @Path("{bidId}/withdraw")
    @Operation(summary = "Withdraw the bid before the deadline; its versions are kept")
    public BidView withdraw(@PathParam("bidId") long bidId) {
        bids.withdraw(bidId);
        return get(bidId);
    }

    @POST
    @Path("{bidId}/confirm")
    @Operation(summary = "Accept the competition's changed conditions, so that the bid counts again")
    public BidView confirm(@PathParam("bidId") long bidId) {
        bids.confirm(bidId);
        return get(bidId);
    }

    @GET
    @Path("{bidId}/versions")
    @Operation(summary = "Every submitted version's receipt, newest first")
    public List<ReceiptView> versions(@PathParam("bidId") long bidId) {
        return bids.versions(bidId).stream().map(ReceiptView::of).toList();
    }

    @GET
    @Path("{bidId}/files")
    public List<FileView> files(@PathParam("bidId") long bidId) {
        return bids.files(bidId).stream().map(FileView::of).toList();
    }

    @POST
    @Path("{bidId}/files")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (PDF, PNG, JPEG, docx, xlsx or pptx, found by content); the body is the file itself, "
            + "its name in the X-File-Name header, percent-encoded UTF-8")
    public Response attach(@PathParam("code") String code, @PathParam("bidId") long bidId,
                           @Parameter(description = "the file's name, percent-encoded UTF-8")
                           @HeaderParam(ProjectAttachmentsResource.FILE_NAME) String fileName,
                           @RequestBody(description = "the file's bytes") InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) BidFile.MAX_SIZE + 1);
        BidFile file = bids.attach(bidId, ProjectAttachmentsResource.decoded(fileName), content);
        return Response.created(uri.getBaseUriBuilder().path("t/{code}/bids/{bidId}/files/{fileId}").build(code, bidId, file.getId()))
                .entity(FileView.of(file)).build();
    }

    @GET
    @Path("{bidId}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of the bid (always as a file to save)")
    public Response download(@PathParam("bidId") long bidId, @PathParam("fileId") long fileId) {
        return Downloads.file(bids.openFile(bidId, fileId));
    }

    @DELETE
    @Path("{bidId}/files/{fileId}")
    public Response remove(@PathParam("bidId") long bidId, @PathParam("fileId") long fileId) {
        bids.removeFile(bidId, fileId);
        return Response.noContent().build();
    }

    /** The bids as listed, each with whether it waits for its bidder to confirm changed conditions. */
    private List<BidView> views(List<Bid> listed) {
        Map<Long, Competition> competitions = new HashMap<>();
        return listed.stream().map(bid -> BidView.of(bid,
                competitions.computeIfAbsent(bid.getCompetitionId(), bids::competition), null)).toList();
    }

    /** A submission: the bid as it now stands and, once sealed, its receipt (null while the committee has it). */
    public record Submission(BidView bid, ReceiptView receipt) {
    }


    public record FileView(long id, String name, String contentType, long size, String sha256, OffsetDateTime addedAt) {

        static FileView of(BidFile file) {
            return new FileView(file.getId(), file.getName(), file.getContentType(), file.getSize(), file.getSha256(), file.getAddedAt());
        }
    }

    /** A bid as its side sees it; the plan only where the caller may read it. */
    public record BidView(long id, long competitionId, String topic, OffsetDateTime deadline, long unitId, String unitName,
                          String tenantName, BidStatus status, String returnReason, int submittedVersions, boolean needsConfirmation,
                          BidOutcome outcome, String outcomeReason, Long projectId, OffsetDateTime updatedAt, Declaration plan) {

        static BidView of(Bid bid, Competition competition, Declaration plan) {
            return new BidView(bid.getId(), bid.getCompetitionId(), competition.getTopic(), competition.getDeadline(), bid.getUnitId(),
                    bid.getUnitName(), bid.getTenantName(), bid.getStatus(), bid.getReturnReason(), bid.getSubmittedVersions(),
                    bid.needsConfirmation(competition.getConditionsVersion()), bid.getOutcome(), bid.getOutcomeReason(),
                    bid.getProjectId(), bid.getUpdatedAt(), plan);
        }
    }
}
