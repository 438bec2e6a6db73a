package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.config.boundary.Configurations;
import org.gongjian.config.control.SavedConfiguration;
import org.gongjian.config.control.VersionSummary;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenantconfig.Window;
import org.gongjian.tenantconfig.YearCalendar;

/**
 * The current tenant's configuration, for every member to read: categories, evaluation scheme,
 * calendar and rules, now and in every earlier version. The tenant comes from the filter.
 */
@Path("t/{code}/configuration")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration", description = "A tenant's categories, evaluation scheme, calendar and rules, versioned")
public class ConfigurationResource {

    @Inject
    Configurations configurations;

    @GET
    @Operation(summary = "The current configuration version")
    @APIResponse(responseCode = "200", description = "The latest version with the whole configuration")
    @APIResponse(responseCode = "404", description = "The tenant has no configuration yet, or is not the caller's")
    public SavedConfiguration current(@PathParam("code") @Parameter(description = "Tenant code") String code) {
        return configurations.current().orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("versions")
    @Operation(summary = "Every saved version, newest first, without their contents")
    public List<VersionSummary> versions(@PathParam("code") String code) {
        return configurations.versions();
    }

    @GET
    @Path("versions/{number}")
    @Operation(summary = "One saved version with the whole configuration as it was")
    @APIResponse(responseCode = "404", description = "No such version")
    public SavedConfiguration version(@PathParam("code") String code, @PathParam("number") int number) {
        return configurations.version(number);
    }

    @GET
    @Path("calendar/{year}")
    @Operation(summary = "The current calendar of one year, with today's date in the tenant's time zone")
    @APIResponse(responseCode = "404", description = "No calendar for that year")
    public CalendarView calendar(@PathParam("code") String code, @PathParam("year") int year) {
        YearCalendar calendar = configurations.current().flatMap(saved -> saved.configuration().calendar(year))
                .orElseThrow(NotFoundException::new);
        return new CalendarView(configurations.today(), calendar);
    }

    @GET
    @Path("open-windows")
    @Operation(summary = "The windows open today, by the database clock in the tenant's time zone")
    public OpenWindows openWindows(@PathParam("code") String code) {
        return new OpenWindows(configurations.today(), configurations.openToday());
    }

    public record CalendarView(LocalDate today, YearCalendar calendar) {
    }

    public record OpenWindows(LocalDate today, List<Window> windows) {
    }
}
