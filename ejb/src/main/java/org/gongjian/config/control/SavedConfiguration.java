package org.gongjian.config.control;

import java.time.OffsetDateTime;
import org.gongjian.config.entity.ConfigPart;
import org.gongjian.tenantconfig.TenantConfiguration;

/** A version of a tenant's configuration: its number, what it changed, who saved it and when. */
public record SavedConfiguration(int number, ConfigPart part, String savedBy, OffsetDateTime savedAt,
                                 TenantConfiguration configuration) {
}
