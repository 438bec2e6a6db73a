package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.project.boundary.Ledgers;
import org.gongjian.project.control.OverdueEntry;

/** The tenant's overdue and due-soon ledger entries, as the overdue page lists them. */
@Path("t/{code}/ledger/overdue")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueLedgerResource {

    @Inject
    Ledgers ledgers;

    @GET
    @Operation(summary = "Open ledger entries of projects under way that are overdue (RED) or due soon (AMBER); admins and evaluators")
    public List<OverdueEntry> overdue() {
        return ledgers.overdue();
    }
}
