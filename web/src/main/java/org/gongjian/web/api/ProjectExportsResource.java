package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.gongjian.project.boundary.ProjectLists;
import org.gongjian.project.control.CategoryNames;
import org.gongjian.project.control.LedgerSheetRow;
import org.gongjian.project.control.ProjectFilter;
import org.gongjian.project.control.ProjectRow;
import org.gongjian.project.entity.ProjectStatus;
import org.gongjian.web.i18n.Language;

/**
 * The tenant's project list and the ledger of its projects as Excel workbooks, filtered like the
 * list and holding only what the caller may see there.
 */
@Path("t/{code}/projects/export")
@Produces(ProjectExportsResource.XLSX)
public class ProjectExportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ProjectLists lists;

    @Inject
    Language language;

    @GET
    @Path("list.xlsx")
    @Operation(summary = "The filtered project list as an Excel workbook, every row of it")
    @APIResponse(responseCode = "400", description = "A filter that cannot be read: a year outside 2000 to 2100, an unknown status, a unit that is not a number")
    public Response list(@QueryParam("year") @Parameter(description = "The projects' year") String year,
                         @QueryParam("category") @Parameter(description = "A category key of the tenant") String category,
                         @QueryParam("status") @Parameter(description = "A status, e.g. SUBMITTED or ACCEPTED") String status,
                         @QueryParam("unit") @Parameter(description = "The owning unit's id (admins and evaluators)") String unit,
                         @QueryParam("approved") @Parameter(description = "true: only projects approved, at any later stage too") String approved,
                         @QueryParam("funds") @Parameter(description = "true: only projects with a fund entry") String funds) {
        List<ProjectRow> projects = lists.all(filter(year, category, status, unit, approved, funds));
        CategoryNames categories = lists.categoryNames();
        ProjectSheets sheets = new ProjectSheets(language.getLocale());
        return workbook((StreamingOutput) out -> sheets.list(projects, categories, out), "projects.xlsx");
    }

    @GET
    @Path("ledger.xlsx")
    @Operation(summary = "The ledger entries of the filtered projects, with their red, amber or green light, as an Excel workbook")
    @APIResponse(responseCode = "400", description = "A filter that cannot be read, as for the list")
    public Response ledger(@QueryParam("year") String year, @QueryParam("category") String category,
                           @QueryParam("status") String status, @QueryParam("unit") String unit,
                           @QueryParam("approved") String approved, @QueryParam("funds") String funds) {
        List<LedgerSheetRow> lines = lists.ledger(filter(year, category, status, unit, approved, funds));
        ProjectSheets sheets = new ProjectSheets(language.getLocale());
        return workbook((StreamingOutput) out -> sheets.ledger(lines, out), "ledger.xlsx");
    }

    /** The project list's filter as the page passes it on in the export's query. */
    public static ProjectFilter filter(String year, String category, String status, String unit, String approved, String funds) {
        return new ProjectFilter(FilterParameters.year(year), FilterParameters.text(category),
                FilterParameters.choice(ProjectStatus.class, "status", status), FilterParameters.id("unit", unit),
                FilterParameters.flag("approved", approved), FilterParameters.flag("funds", funds));
    }

    static Response workbook(StreamingOutput content, String fileName) {
        return Response.ok(content, XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(fileName))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
