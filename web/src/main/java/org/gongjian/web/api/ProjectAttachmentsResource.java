package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.gongjian.project.boundary.Attachments;
import org.gongjian.project.control.StoredFile;
import org.gongjian.project.entity.Attachment;
import org.gongjian.project.entity.AttachmentPurpose;

/**
 * A project's attachments. Uploads are the raw file as the request body; what the file is comes
 * from its content, never from its name or the request's content type. Downloads are always
 * offered for saving, with the type found on upload and {@code nosniff}.
 */
@Path("t/{code}/projects/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectAttachmentsResource {

    static final String FILE_NAME = "X-File-Name";

    @Inject
    Attachments attachments;

    @GET
    @Operation(summary = "The project's attachments, newest first")
    public List<AttachmentView> list(@PathParam("id") long id) {
        return attachments.list(id).stream().map(AttachmentView::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file: PDF, PNG, JPEG, docx, xlsx or pptx, found by content, at most 10 MB. "
            + "The body is the file itself; its name goes in the X-File-Name header, percent-encoded UTF-8")
    public Response upload(@PathParam("id") long id,
                           @Parameter(description = "DECLARATION, PROGRESS, CLOSURE or VISIT") @QueryParam("purpose") String purpose,
                           @Parameter(description = "the file's name, percent-encoded UTF-8") @HeaderParam(FILE_NAME) String fileName,
                           @RequestBody(description = "the file's bytes") InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) Attachment.MAX_BYTES + 1);
        Attachment attachment = attachments.upload(id, purpose(purpose), decoded(fileName), content);
        return Response.status(Response.Status.CREATED).entity(AttachmentView.of(attachment)).build();
    }

    @GET
    @Path("{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment (always as a file to save)")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        StoredFile file = attachments.open(id, attachmentId);
        StreamingOutput content = out -> Files.copy(file.path(), out);
        return Response.ok(content, file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(file.fileName()))
                .header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @DELETE
    @Path("{attachmentId}")
    @Operation(summary = "Remove a declaration attachment added since the last submission, while the declaration is edited")
    public Response remove(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.remove(id, attachmentId);
        return Response.noContent().build();
    }

    private static AttachmentPurpose purpose(String purpose) {
        try {
            return purpose == null ? null : AttachmentPurpose.valueOf(purpose);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static String decoded(String fileName) {
        if (fileName == null) {
            return null;
        }
        try {
            return URLDecoder.decode(fileName.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new BadRequestException("X-File-Name is not percent-encoded UTF-8");
        }
    }

    public record AttachmentView(long id, AttachmentPurpose purpose, String fileName, String contentType, long size,
                                 String uploadedBy, OffsetDateTime uploadedAt) {

        static AttachmentView of(Attachment attachment) {
            return new AttachmentView(attachment.getId(), attachment.getPurpose(), attachment.getFileName(),
                    attachment.getContentType(), attachment.getSize(), attachment.getUploadedBy(), attachment.getUploadedAt());
        }
    }
}
