package org.gongjian.tenantconfig;

import java.time.ZoneId;
import java.util.Locale;

/**
 * What a new tenant starts with.
 *
 * @param timeZone  the zone its windows and deadlines are read in
 * @param locale    the language its pages and notices default to
 */
public record TenantDefaults(ZoneId timeZone, Locale locale) {
}
