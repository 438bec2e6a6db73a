package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.dashboard.boundary.Dashboards;
import org.gongjian.dashboard.boundary.YearFigures;
import org.gongjian.web.dashboard.FigureLines;
import org.gongjian.web.i18n.Language;

/** The tenant's year at a glance as JSON and as an Excel workbook, for the tenant's admins. */
@Path("t/{code}")
@Tag(name = "Dashboards", description = "A year's figures at a glance")
public class DashboardResource {

    @Inject
    Dashboards dashboards;

    @Inject
    Language language;

    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The tenant's figures of the year (this year when none is given)")
    @APIResponse(responseCode = "400", description = "A year outside 2000 to 2100")
    public YearFigures figures(@PathParam("code") String code, @QueryParam("year") String year) {
        return dashboards.year(FigureLines.year(year));
    }

    @GET
    @Path("dashboard.xlsx")
    @Produces(ProjectExportsResource.XLSX)
    @Operation(summary = "The same figures as an Excel workbook, numbers as numeric cells")
    public Response workbook(@PathParam("code") String code, @QueryParam("year") String year) {
        YearFigures figures = dashboards.year(FigureLines.year(year));
        return ProjectExportsResource.workbook(out -> new DashboardSheet(language.getLocale()).write(figures.year(), List.of(figures), out),
                "dashboard-" + code + "-" + figures.year() + ".xlsx");
    }
}
