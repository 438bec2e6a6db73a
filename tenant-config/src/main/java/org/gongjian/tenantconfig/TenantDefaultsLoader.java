package org.gongjian.tenantconfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Reads {@code tenant-defaults.properties} and, for a tenant kind, merges
 * {@code tenant-defaults-<kind>.properties} over it.
 */
public class TenantDefaultsLoader {

    static final String BASE = "tenant-defaults.properties";
    private static final Set<String> LOCALES = Set.of("zh-CN", "en");

    private final String folder;

    public TenantDefaultsLoader() {
        this("org/gongjian/tenantconfig/");
    }

    TenantDefaultsLoader(String folder) {
        this.folder = folder;
    }

    public TenantDefaults load(String kind) {
        Properties merged = read(BASE, true);
        String override = "tenant-defaults-" + kind.toLowerCase(Locale.ROOT) + ".properties";
        Properties specific = read(override, false);
        merged.putAll(specific);
        String source = specific.isEmpty() ? BASE : BASE + " + " + override;
        return new TenantDefaults(zone(source, merged), locale(source, merged));
    }

    private static ZoneId zone(String file, Properties values) {
        String value = required(file, values, "time-zone");
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new TenantConfigException(file, "time-zone", "'" + value + "' is not a time zone (e.g. Asia/Shanghai)");
        }
    }

    private static Locale locale(String file, Properties values) {
        String value = required(file, values, "locale");
        if (!LOCALES.contains(value)) {
            throw new TenantConfigException(file, "locale", "'" + value + "' is not one of " + LOCALES);
        }
        return Locale.forLanguageTag(value);
    }

    private static String required(String file, Properties values, String key) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new TenantConfigException(file, key, "is missing");
        }
        return value.trim();
    }

    private Properties read(String file, boolean required) {
        Properties values = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + file)) {
            if (in == null) {
                if (required) {
                    throw new TenantConfigException(file, "(file)", "not found in " + folder);
                }
                return values;
            }
            values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return values;
        } catch (IOException e) {
            throw new TenantConfigException(file, "(file)", "cannot be read: " + e.getMessage());
        }
    }
}
