package org.gongjian.web.api;

import static org.gongjian.web.api.SheetWriter.count;
import static org.gongjian.web.api.SheetWriter.money;
import static org.gongjian.web.api.SheetWriter.text;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.account.entity.Role;
import org.gongjian.award.boundary.PublicAwards;
import org.gongjian.award.boundary.PublishedList;
import org.gongjian.award.boundary.PublishedList.Winner;
import org.gongjian.project.boundary.HostProjects;
import org.gongjian.project.boundary.Nominations;
import org.gongjian.project.control.FollowedProject;
import org.gongjian.project.control.NominationRow;
import org.gongjian.web.api.SheetWriter.Column;
import org.gongjian.web.i18n.Language;

/** The host's lists as Excel workbooks, with the rows and access rules of the host's pages, and the city's award list. */
@Path("host/exports")
@Produces(ProjectExportsResource.XLSX)
@Tag(name = "Exports", description = "The tenant's lists and the standard printed sheets as Excel workbooks")
public class HostExportsResource {

    @Inject
    Nominations nominations;

    @Inject
    HostProjects projects;

    @Inject
    PublicAwards awards;

    @Inject
    Language language;

    @GET
    @Path("nominations.xlsx")
    @Operation(summary = "Every tenant's nominated projects, newest year first, as the host's nominations page lists them (host admins only)")
    public Response nominations() {
        List<NominationRow> rows = nominations.acrossTenants();
        ProjectSheets sheets = new ProjectSheets(language.getLocale());
        boolean english = language.isEnglish();
        List<Column<NominationRow>> columns = List.of(
                text(sheets.label("host.nominations.tenant"), row -> english && row.tenantNameEn() != null ? row.tenantNameEn() : row.tenantNameZh()),
                count(sheets.label("host.nominations.year"), NominationRow::year),
                text(sheets.label("host.nominations.project"), NominationRow::title),
                text(sheets.label("project.owner"), NominationRow::ownerName),
                text(sheets.label("host.nominations.category"), row -> english && row.categoryEn() != null ? row.categoryEn()
                        : row.categoryZh() != null ? row.categoryZh() : row.categoryKey()),
                text(sheets.label("host.nominations.status"), row -> sheets.label("enum.ProjectStatus." + row.status())));
        return TenantExportsResource.sheet(sheets.label("export.nominations.sheet"), columns, rows);
    }

    @GET
    @Path("projects.xlsx")
    @Operation(summary = "The projects won in the host's competitions with their funds granted and spent in yuan, as the host's project list shows them (host admins only)")
    public Response projects() {
        List<FollowedProject> rows = projects.followed();
        ProjectSheets sheets = new ProjectSheets(language.getLocale());
        boolean english = language.isEnglish();
        List<Column<FollowedProject>> columns = List.of(
                text(sheets.label("hostProjects.tenant"), row -> english && row.tenantNameEn() != null ? row.tenantNameEn() : row.tenantNameZh()),
                text(sheets.label("hostProjects.project"), FollowedProject::title),
                text(sheets.label("project.owner"), FollowedProject::ownerName),
                text(sheets.label("hostProjects.competition"), FollowedProject::competitionTopic),
                count(sheets.label("export.list.year"), FollowedProject::year),
                text(sheets.label("hostProjects.status"), row -> sheets.label("enum.ProjectStatus." + row.status())),
                money(sheets.label("funds.granted"), FollowedProject::granted),
                money(sheets.label("funds.spent"), FollowedProject::spent));
        return TenantExportsResource.sheet(sheets.label("export.followed.sheet"), columns, rows);
    }

    @GET
    @Path("awards.xlsx")
    @Operation(summary = "表彰名单: the city's published award list of the year, first prizes first (host admins only, as the host's batch page)")
    @APIResponse(responseCode = "400", description = "A year that is missing, not a number or outside 2000 to 2100")
    @APIResponse(responseCode = "404", description = "No city award list published for that year")
    public Response awards(@QueryParam("year") @Parameter(description = "The year, e.g. 2026", required = true) String year,
                           @Context SecurityContext caller) {
        if (!caller.isUserInRole(Role.Names.HOST_ADMIN)) {
            throw new EJBAccessException("the host's pages are the host admins'");
        }
        int chosen = FilterParameters.requiredYear(year);
        PublishedList list = awards.ofCity(chosen).orElseThrow(NotFoundException::new);
        return TenantExportsResource.awardList(new ProjectSheets(language.getLocale()), language.isEnglish(), chosen, list, true);
    }
}
