package org.gongjian.web.host.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.gongjian.dashboard.boundary.HostDashboards;
import org.gongjian.dashboard.boundary.HostFigures;
import org.gongjian.dashboard.boundary.YearFigures;
import org.gongjian.web.dashboard.FigureLines;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/** Every tenant's year side by side with the totals ({@code ?year=}), read-only, for the host's admins. */
@Named
@RequestScoped
public class HostDashboardBacking {

    @Inject
    HostDashboards dashboards;

    @Inject
    Language language;

    private String year;
    private HostFigures figures;

    public void load() {
        figures = dashboards.year(FigureLines.year(year));
    }

    /** When the figures were read, in China time, as the big screen shows it. */
    public String getShownAt() {
        return java.time.ZonedDateTime.now(Messages.SHOWN_ZONE).format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"));
    }

    public HostFigures getFigures() {
        return figures;
    }

    public List<String> getKeys() {
        return FigureLines.KEYS;
    }

    /** The figures the big screen shows for each tenant. */
    public List<String> getScreenKeys() {
        return List.of("declarations", "approvals", "live", "overdue", "fillPercent", "projectsGraded", "prizes");
    }

    /** A figure of one tenant (or of the totals) by its key. */
    public Number value(YearFigures tenant, String key) {
        return FigureLines.of(tenant).stream().filter(line -> line.key().equals(key)).findFirst().orElseThrow().value();
    }

    public boolean money(String key) {
        return FigureLines.isMoney(key);
    }

    public String name(YearFigures tenant) {
        return tenant.tenantName() == null ? tenant.tenantCode() : tenant.tenantName().in(language.getLocale());
    }

    /** The projects by category as the committees' documents count them: "39 个项目：创新类 7 个，示范类 22 个". */
    public String categorySentence(YearFigures tenant) {
        String parts = tenant.byCategory().stream().filter(c -> c.count() > 0)
                .map(c -> Messages.text(language.getLocale(), "dashboard.host.categoryPart", c.name() == null ? c.key() : c.name().in(language.getLocale()), c.count()))
                .collect(Collectors.joining(Messages.text(language.getLocale(), "dashboard.host.separator")));
        return parts.isEmpty() ? Messages.text(language.getLocale(), "dashboard.host.projects", tenant.declarations())
                : Messages.text(language.getLocale(), "dashboard.host.categories", tenant.declarations(), parts);
    }

    public List<FigureLines.Bar> getDeclarationsByTenant() {
        return figures.tenants().stream().map(t -> new FigureLines.Bar(name(t), t.declarations(), null)).toList();
    }

    public List<FigureLines.Bar> getByCategory() {
        return FigureLines.named(figures.total().byCategory(), language.getLocale(), null);
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
