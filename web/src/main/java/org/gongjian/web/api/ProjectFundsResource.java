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
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.project.boundary.Funds;
import org.gongjian.project.control.FundMovement;
import org.gongjian.project.control.FundStatement;
import org.gongjian.project.entity.FundEntry;
import org.gongjian.project.entity.FundKind;

/** A project's special funds in yuan: the same operations and rules as the funds page, through the same boundary. */
@Path("t/{code}/projects/{id}/funds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectFundsResource {

    @Inject
    Funds funds;

    @GET
    @Operation(summary = "The project's fund entries with the totals granted and spent and the balance, in yuan")
    public StatementView statement(@PathParam("id") long id) {
        FundStatement statement = funds.statement(id);
        return new StatementView(statement.granted(), statement.spent(), statement.balance(),
                statement.entries().stream().map(EntryView::of).toList());
    }

    @POST
    @Path("grants")
    @Operation(summary = "Grant special funds to the project (admins); amounts exact to the fen")
    public Response grant(@PathParam("id") long id, FundMovement movement) {
        return created(funds.grant(id, required(movement)));
    }

    @POST
    @Path("spendings")
    @Operation(summary = "Record the unit's spending; refused beyond the balance of what was granted")
    public Response spend(@PathParam("id") long id, FundMovement movement) {
        return created(funds.spend(id, required(movement)));
    }

    private static Response created(FundEntry entry) {
        return Response.status(Response.Status.CREATED).entity(EntryView.of(entry)).build();
    }

    public record StatementView(BigDecimal granted, BigDecimal spent, BigDecimal balance, List<EntryView> entries) {
    }

    public record EntryView(long id, FundKind kind, BigDecimal amount, LocalDate date, String purpose, String recordedBy) {

        static EntryView of(FundEntry entry) {
            return new EntryView(entry.getId(), entry.getKind(), entry.getAmount(), entry.getEntryDate(), entry.getPurpose(),
                    entry.getRecordedBy());
        }
    }
}
