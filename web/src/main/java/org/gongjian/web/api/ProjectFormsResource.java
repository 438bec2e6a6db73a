package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.config.entity.Round;
import org.gongjian.platform.BusinessException;
import org.gongjian.print.BlankForm;
import org.gongjian.print.DeclarationFormWriter;
import org.gongjian.print.FiledDeclaration;
import org.gongjian.project.boundary.Projects;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Project;
import org.gongjian.project.entity.ProjectDocument;
import org.gongjian.web.Portal;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;
import org.gongjian.web.tenant.projects.YearCategories;

/**
 * The printable declaration form as PDF: a project's declaration as filed (the last submitted
 * version, or the draft marked as such before the first submission), readable by whoever may read
 * the project, and the blank form with a year's categories.
 */
@Path("t/{code}/projects/print")
@Produces(ProjectFormsResource.PDF)
public class ProjectFormsResource {

    static final String PDF = "application/pdf";

    @Inject
    Projects projects;

    @Inject
    Rounds rounds;

    @Inject
    Portal portal;

    @Inject
    Language language;

    @GET
    @Path("{projectId}/declaration.pdf")
    @Operation(summary = "The project's declaration form as filed, as a PDF")
    public Response filed(@PathParam("projectId") long id) {
        Project project = projects.find(id);
        Locale locale = language.getLocale();
        List<ProjectDocument> versions = projects.declarations(id);
        ProjectDocument last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        Declaration declaration = last == null ? projects.declaration(id) : last.declaration();
        Map<String, String> categories = YearCategories.of(rounds, project.getYear(), locale);
        String category = declaration.categoryKey() == null ? "" : categories.getOrDefault(declaration.categoryKey(), declaration.categoryKey());
        FiledDeclaration filed = new FiledDeclaration(portal.getTenantName(), projects.ownerName(id), project.getYear(), category,
                Messages.text(locale, "enum.ProjectStatus." + project.getStatus()),
                last == null ? 0 : last.getNumber(),
                last == null ? null : last.getSubmittedAt().atZoneSameInstant(Messages.SHOWN_ZONE).toLocalDate(),
                declaration);
        return pdf(new DeclarationFormWriter(locale).filed(filed), "declaration-" + id + ".pdf");
    }

    @GET
    @Path("declaration-form.pdf")
    @Operation(summary = "The blank declaration form of a year (by default the newest opened), with its categories to tick, as a PDF")
    public Response blank(@QueryParam("year") Integer asked) {
        int year = asked != null ? asked
                : rounds.all().stream().findFirst().map(Round::getYear).orElseThrow(() -> new BusinessException("pdf.noRound"));
        Locale locale = language.getLocale();
        List<String> categories = List.copyOf(YearCategories.of(rounds, year, locale).values());
        if (categories.isEmpty()) {
            throw new BusinessException("pdf.year.noRound", String.valueOf(year));
        }
        return pdf(new DeclarationFormWriter(locale).blank(new BlankForm(portal.getTenantName(), year, categories)),
                "declaration-form-" + year + ".pdf");
    }

    /** The whole PDF is written before answering, so a refusal still answers 400 with its reason. */
    private static Response pdf(byte[] bytes, String fileName) {
        return Response.ok(bytes, PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
