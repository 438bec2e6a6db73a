package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.dashboard.boundary.HostDashboards;
import org.gongjian.dashboard.boundary.HostFigures;
import org.gongjian.dashboard.boundary.YearFigures;
import org.gongjian.web.dashboard.FigureLines;
import org.gongjian.web.i18n.Language;

/** Every tenant's year side by side with the totals, read-only, for the host's admins; also the big screen's source. */
@Path("host")
@Tag(name = "Dashboards", description = "A year's figures at a glance")
public class HostDashboardResource {

    @Inject
    HostDashboards dashboards;

    @Inject
    Language language;

    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every tenant's figures of the year and their totals (host admins only)")
    @APIResponse(responseCode = "400", description = "A year outside 2000 to 2100")
    public HostFigures figures(@QueryParam("year") String year) {
        return dashboards.year(FigureLines.year(year));
    }

    @GET
    @Path("dashboard/{tenant}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One tenant's figures of the year (host admins only)")
    @APIResponse(responseCode = "404", description = "No such tenant")
    public YearFigures tenant(@PathParam("tenant") String code, @QueryParam("year") String year) {
        return dashboards.tenant(code, FigureLines.year(year));
    }

    @GET
    @Path("dashboard.xlsx")
    @Produces(ProjectExportsResource.XLSX)
    @Operation(summary = "The same figures as an Excel workbook: a column per tenant, then the totals")
    public Response workbook(@QueryParam("year") String year) {
        HostFigures figures = dashboards.year(FigureLines.year(year));
        List<YearFigures> columns = new ArrayList<>(figures.tenants());
        columns.add(figures.total());
        return ProjectExportsResource.workbook(out -> new DashboardSheet(language.getLocale()).write(figures.year(), columns, out),
                "dashboard-" + figures.year() + ".xlsx");
    }
}
