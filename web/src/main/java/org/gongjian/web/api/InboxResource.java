package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.notification.boundary.Inbox;
import org.gongjian.notification.control.Wording;
import org.gongjian.notification.entity.Notification;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.web.i18n.Language;

/**
 * The caller's own inbox in the tenant, through the same boundary as the page: another person's
 * messages are not found. Each message comes with its text in the caller's language.
 */
@Path("t/{code}/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    Inbox inbox;

    @Inject
    Language language;

    @Inject
    CurrentTenant tenant;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The caller's notifications in this tenant, newest first, paged, with the unread count")
    public Listing list(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        return new Listing(inbox.count(), inbox.unreadCount(), inbox.mine(first, size).stream().map(this::view).toList());
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of the caller's notifications in this tenant are unread")
    public Unread unread() {
        return new Unread(inbox.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read (another person's is not found)")
    public Item read(@PathParam("id") long id) {
        return view(inbox.markRead(id));
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all the caller's notifications in this tenant read")
    public Marked readAll() {
        return new Marked(inbox.markAllRead());
    }

    private Item view(Notification notification) {
        Long project = notification.getProjectId();
        return new Item(notification.getId(), notification.getMessageKey(), notification.getArguments(),
                Wording.line(language.getLocale(), notification.getMessageKey(), notification.getArguments()), project,
                project == null ? null : request.getContextPath() + "/t/" + tenant.code() + "/projects/view?id=" + project,
                notification.getCreatedAt(), notification.getReadAt());
    }

    public record Listing(long total, long unread, List<Item> notifications) {
    }

    /** One notification: {@code key} is what happened (e.g. project.return, reminder), {@code text} says it. */
    public record Item(long id, String key, List<String> arguments, String text, Long projectId, String projectPage,
                       OffsetDateTime createdAt, OffsetDateTime readAt) {
    }

    public record Unread(long unread) {
    }

    public record Marked(int marked) {
    }
}
