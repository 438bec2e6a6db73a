package org.gongjian.config.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongjian.config.entity.ConfigPart;
import org.gongjian.tenantconfig.ConfigTemplate;
import org.gongjian.tenantconfig.TenantConfiguration;

/** Starts the bound tenant's configuration from a shipped template, its calendar on the current year. */
@Dependent
public class TemplateStart {

    @Inject
    Templates templates;

    @Inject
    ConfigHistory history;

    @Inject
    CalendarGate gate;

    /** @param basedOn the version this replaces, null for the tenant's first configuration */
    public SavedConfiguration start(String templateCode, Integer basedOn) {
        ConfigTemplate template = templates.find(templateCode);
        int year = gate.today().getYear();
        return history.save(ConfigPart.TEMPLATE, basedOn, latest -> template.startFor(year), TenantConfiguration::template);
    }
}
