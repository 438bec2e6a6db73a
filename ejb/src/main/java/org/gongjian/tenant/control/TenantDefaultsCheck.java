package org.gongjian.tenant.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.gongjian.config.control.Templates;
import org.gongjian.tenant.entity.TenantKind;
import org.gongjian.tenantconfig.TenantDefaultsLoader;

/**
 * Reads the shipped tenant defaults of every tenant kind, and the configuration templates (once, for
 * the whole run), at start-up, so a bad file stops the deployment with a message naming the file,
 * the key and the problem, not the first new tenant.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantDefaultsCheck {

    @Inject
    Templates templates;

    @PostConstruct
    void check() {
        TenantDefaultsLoader loader = new TenantDefaultsLoader();
        for (TenantKind kind : TenantKind.values()) {
            loader.load(kind.name());
        }
        templates.all();
    }
}
