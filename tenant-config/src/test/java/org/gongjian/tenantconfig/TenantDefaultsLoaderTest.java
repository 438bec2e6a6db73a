package org.gongjian.tenantconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TenantDefaultsLoaderTest {

    @Test
    void shippedDefaultsAreChineseOnShanghaiTime() {
        TenantDefaults defaults = new TenantDefaultsLoader().load("STREET");
        assertEquals(ZoneId.of("Asia/Shanghai"), defaults.timeZone());
        assertEquals(Locale.forLanguageTag("zh-CN"), defaults.locale());
    }

    @Test
    void kindOverrideIsMergedOverBase() {
        TenantDefaults defaults = new TenantDefaultsLoader().load("ENTERPRISE");
        assertEquals(ZoneId.of("Asia/Shanghai"), defaults.timeZone());
    }

    @Test
    void misspelledZoneNamesFileKeyAndValue() {
        TenantConfigException e = assertThrows(TenantConfigException.class,
                () -> new TenantDefaultsLoader("bad-zone/").load("STREET"));
        assertTrue(e.getMessage().startsWith("tenant-defaults.properties: time-zone:"), e.getMessage());
        assertTrue(e.getMessage().contains("Asia/Shanghia"), e.getMessage());
    }

    @Test
    void missingBaseFileIsNamed() {
        TenantConfigException e = assertThrows(TenantConfigException.class,
                () -> new TenantDefaultsLoader("no-base/").load("STREET"));
        assertTrue(e.getMessage().contains("tenant-defaults.properties"), e.getMessage());
    }
}
