package org.gongjian.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.config.boundary.ConfigTemplates;
import org.gongjian.tenantconfig.Name;
import org.gongjian.tenantconfig.TenantConfiguration;

/** The configuration templates a tenant can start from; product data, the same for everyone. */
@Path("public/config-templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Configuration")
public class TemplatesResource {

    @Inject
    ConfigTemplates templates;

    @GET
    @Operation(summary = "The shipped templates, each as the configuration a tenant starting from it this year gets")
    public List<TemplateView> all() {
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        return templates.all().stream().map(t -> new TemplateView(t.code(), t.name(), t.startFor(year))).toList();
    }

    public record TemplateView(String code, Name name, TenantConfiguration configuration) {
    }
}
