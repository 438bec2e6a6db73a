package org.gongjian.config.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.gongjian.account.entity.Role;
import org.gongjian.config.control.CalendarGate;
import org.gongjian.config.control.ConfigHistory;
import org.gongjian.config.control.SavedConfiguration;
import org.gongjian.config.control.TemplateStart;
import org.gongjian.config.control.Templates;
import org.gongjian.config.control.VersionSummary;
import org.gongjian.config.entity.ConfigPart;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenant.control.TenantBound;
import org.gongjian.tenant.control.TenantRoles;
import org.gongjian.tenantconfig.Category;
import org.gongjian.tenantconfig.ConfigTemplate;
import org.gongjian.tenantconfig.EvaluationScheme;
import org.gongjian.tenantconfig.Rules;
import org.gongjian.tenantconfig.TenantConfiguration;
import org.gongjian.tenantconfig.Window;
import org.gongjian.tenantconfig.YearCalendar;

/**
 * The current tenant's configuration. Every member reads it; the tenant admin edits it one part at
 * a time, each save a new version based on the one the editor started from.
 */
@Stateless
@TenantBound
@TenantRoles({Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT, Role.Names.EVALUATOR})
public class Configurations {

    @Inject
    ConfigHistory history;

    @Inject
    CalendarGate gate;

    @Inject
    Templates templates;

    @Inject
    TemplateStart templateStart;

    public Optional<SavedConfiguration> current() {
        return history.latest();
    }

    public SavedConfiguration version(int number) {
        return history.version(number).orElseThrow(() -> new NotFoundException());
    }

    /** Every version with its configuration, newest first. */
    public List<SavedConfiguration> history() {
        return history.all();
    }

    /** Every version's number, part, author and time, newest first. */
    public List<VersionSummary> versions() {
        return history.summaries();
    }

    public List<ConfigTemplate> templates() {
        return templates.all();
    }

    /** Today in the tenant's time zone, by the database clock. */
    public LocalDate today() {
        return gate.today();
    }

    public List<Window> openToday() {
        return gate.openToday();
    }

    /**
     * Starts over from a shipped template, with its calendar laid on the current year.
     *
     * @param basedOn the version the admin was looking at, null when the tenant has none yet
     */
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public SavedConfiguration startFrom(String templateCode, Integer basedOn) {
        return templateStart.start(templateCode, basedOn);
    }

    @TenantRoles(Role.Names.TENANT_ADMIN)
    public SavedConfiguration saveCategories(List<Category> categories, int basedOn) {
        return save(basedOn, ConfigPart.CATEGORIES, c -> c.withCategories(categories), TenantConfiguration::categories);
    }

    @TenantRoles(Role.Names.TENANT_ADMIN)
    public SavedConfiguration saveScheme(EvaluationScheme scheme, int basedOn) {
        return save(basedOn, ConfigPart.SCHEME, c -> c.withScheme(scheme), TenantConfiguration::scheme);
    }

    @TenantRoles(Role.Names.TENANT_ADMIN)
    public SavedConfiguration saveRules(Rules rules, int basedOn) {
        return save(basedOn, ConfigPart.RULES, c -> c.withRules(rules), TenantConfiguration::rules);
    }

    @TenantRoles(Role.Names.TENANT_ADMIN)
    public SavedConfiguration saveCalendar(YearCalendar calendar, int basedOn) {
        return save(basedOn, ConfigPart.CALENDAR, c -> c.withCalendar(calendar), c -> c.calendar(calendar.year()).orElse(null));
    }

    /** Next year starts from this year's windows, each a year later. */
    @TenantRoles(Role.Names.TENANT_ADMIN)
    public SavedConfiguration copyCalendarToNextYear(int year, int basedOn) {
        return save(basedOn, ConfigPart.CALENDAR, c -> c.withCalendar(nextYearOf(c, year)), c -> c.calendar(year + 1).orElse(null));
    }

    private static YearCalendar nextYearOf(TenantConfiguration configuration, int year) {
        YearCalendar source = configuration.calendar(year)
                .orElseThrow(() -> new BusinessException("config.calendar.missing", String.valueOf(year)));
        if (configuration.calendar(year + 1).isPresent()) {
            throw new BusinessException("config.calendar.exists", String.valueOf(year + 1));
        }
        return source.nextYear();
    }

    /** An edit of one part; there must be a configuration to edit. */
    private SavedConfiguration save(int basedOn, ConfigPart part, UnaryOperator<TenantConfiguration> edit,
                                    Function<TenantConfiguration, Object> partOf) {
        return history.save(part, basedOn, latest -> {
            if (latest == null) {
                throw new BusinessException("config.stale.none");
            }
            return edit.apply(latest);
        }, partOf);
    }
}
