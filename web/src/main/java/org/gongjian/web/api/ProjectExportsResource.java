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
    @Operation(summary = "The filtered project list as an Excel workbook")
    public Response list(@QueryParam("year") Integer year, @QueryParam("category") String category,
                         @QueryParam("status") ProjectStatus status, @QueryParam("unit") Long unit) {
        ProjectFilter filter = new ProjectFilter(year, category, status, unit);
        List<ProjectRow> projects = lists.all(filter);
        CategoryNames categories = lists.categoryNames();
        ProjectSheets sheets = new ProjectSheets(language.getLocale());
        return workbook((StreamingOutput) out -> sheets.list(projects, categories, out), "projects.xlsx");
    }

    @GET
    @Path("ledger.xlsx")
    @Operation(summary = "The ledger entries of the filtered projects, with their red, amber or green light, as an Excel workbook")
    public Response ledger(@QueryParam("year") Integer year, @QueryParam("category") String category,
                           @QueryParam("status") ProjectStatus status, @QueryParam("unit") Long unit) {
        List<LedgerSheetRow> lines = lists.ledger(new ProjectFilter(year, category, status, unit));
        ProjectSheets sheets = new ProjectSheets(language.getLocale());
        return workbook((StreamingOutput) out -> sheets.ledger(lines, out), "ledger.xlsx");
    }

    static Response workbook(StreamingOutput content, String fileName) {
        return Response.ok(content, XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(fileName))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
