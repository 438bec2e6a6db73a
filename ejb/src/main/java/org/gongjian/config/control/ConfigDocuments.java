package org.gongjian.config.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.gongjian.tenantconfig.TenantConfiguration;

/** A configuration as the JSON document a version stores. */
final class ConfigDocuments {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ConfigDocuments() {
    }

    static String write(TenantConfiguration configuration) {
        return JSON.toJson(configuration);
    }

    static TenantConfiguration read(String document) {
        return JSON.fromJson(document, TenantConfiguration.class);
    }
}
