package org.gongjian.config.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.gongjian.config.control.Templates;
import org.gongjian.tenantconfig.ConfigTemplate;

/** The configuration templates shipped with the product: the same for everyone, no tenant data. */
@Stateless
public class ConfigTemplates {

    @Inject
    Templates templates;

    @PermitAll
    public List<ConfigTemplate> all() {
        return templates.all();
    }
}
