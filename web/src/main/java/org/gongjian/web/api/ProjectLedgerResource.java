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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.boundary.Ledgers;
import org.gongjian.project.control.LedgerDetails;
import org.gongjian.project.control.LedgerLine;
import org.gongjian.project.entity.LedgerEntry;
import org.gongjian.project.entity.LedgerKind;
import org.gongjian.project.entity.LedgerStatus;
import org.gongjian.project.entity.Signal;

/** A project's ledger (台账): the same operations and rules as the ledger page, through the same boundary. */
@Path("t/{code}/projects/{id}/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectLedgerResource {

    @Inject
    Ledgers ledgers;

    @GET
    @Operation(summary = "The project's ledger entries by stage and deadline, each with its red/amber/green signal")
    public List<EntryView> list(@PathParam("id") long id) {
        return ledgers.entries(id).stream().map(EntryView::of).toList();
    }

    @POST
    @Operation(summary = "Add a ledger entry (the project's unit or an admin; project under way)")
    public Response add(@PathParam("id") long id, LedgerDetails details) {
        LedgerEntry entry = ledgers.add(id, required(details));
        return Response.status(Response.Status.CREATED).entity(view(id, entry.getId())).build();
    }

    @PUT
    @Path("{entry}")
    @Operation(summary = "Change a ledger entry's kind, stage, title, owner, deadline and measures")
    public EntryView edit(@PathParam("id") long id, @PathParam("entry") long entry, LedgerDetails details) {
        ledgers.edit(id, entry, required(details));
        return view(id, entry);
    }

    @POST
    @Path("{entry}/done")
    @Operation(summary = "Mark a ledger entry done as of the tenant's today")
    public EntryView done(@PathParam("id") long id, @PathParam("entry") long entry) {
        ledgers.markDone(id, entry);
        return view(id, entry);
    }

    @POST
    @Path("{entry}/reopen")
    @Operation(summary = "Reopen a ledger entry marked done")
    public EntryView reopen(@PathParam("id") long id, @PathParam("entry") long entry) {
        ledgers.reopen(id, entry);
        return view(id, entry);
    }

    private EntryView view(long id, long entry) {
        return ledgers.entries(id).stream().filter(line -> line.entry().getId() == entry).findFirst().map(EntryView::of)
                .orElseThrow(NotFoundException::new);
    }

    public record EntryView(long id, LedgerKind kind, String stage, String title, String owner, LocalDate deadline,
                            String measures, LedgerStatus status, LocalDate doneOn, Signal signal) {

        static EntryView of(LedgerLine line) {
            LedgerEntry entry = line.entry();
            return new EntryView(entry.getId(), entry.getKind(), entry.getStage(), entry.getTitle(), entry.getOwner(),
                    entry.getDeadline(), entry.getMeasures(), entry.getStatus(), entry.getDoneOn(), line.signal());
        }
    }
}
