package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.record.boundary.YearlyRecord;
import org.gongjian.record.boundary.YearlyRecords;
import org.gongjian.web.i18n.Language;

/**
 * A unit's yearly record (述职评议) as JSON and as an Excel workbook: the tenant's admins read any of
 * its units, a unit member only its own.
 */
@Path("t/{code}/records/{unitId}/{year}")
@Tag(name = "Yearly records", description = "A unit's projects of a year with grades, channel scores and funds, for the annual report")
public class RecordResource {

    @Inject
    YearlyRecords records;

    @Inject
    Language language;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The unit's projects of the year with their frozen grades, channel scores, funds and sums")
    @APIResponse(responseCode = "400", description = "A year outside 2000 to 2100")
    @APIResponse(responseCode = "404", description = "No such unit for this caller")
    public YearlyRecord record(@PathParam("code") String code, @PathParam("unitId") @Parameter(description = "The unit") long unitId,
                               @PathParam("year") int year) {
        return records.of(unitId, year);
    }

    @GET
    @Path("record.xlsx")
    @Produces(ProjectExportsResource.XLSX)
    @Operation(summary = "The same record as an Excel workbook: a row per project, then the sums")
    public Response workbook(@PathParam("code") String code, @PathParam("unitId") long unitId, @PathParam("year") int year) {
        YearlyRecord record = records.of(unitId, year);
        ProjectSheets sheets = new ProjectSheets(language.getLocale());
        return ProjectExportsResource.workbook(out -> sheets.record(record, out), "record-" + unitId + "-" + year + ".xlsx");
    }
}
