package org.gongjian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoDataChoiceTest {

    private static final String PASSWORD = "Gongjian-demo-2026";

    @Test
    void zeroSetupRunOnTheEmbeddedDatabaseWritesDemoData() {
        assertEquals(DemoDataChoice.WRITE, DemoDataChoice.of(Map.of("GONGJIAN_DEMO_DATA", "true",
                "GONGJIAN_DB_EMBEDDED", "true", "GONGJIAN_DEMO_PASSWORD", PASSWORD)));
    }

    @Test
    void demoDataOnAnExternalDatabaseAreRefusedUnlessForced() {
        DemoDataChoice external = DemoDataChoice.of(Map.of("GONGJIAN_DEMO_DATA", "true",
                "GONGJIAN_DB_URL", "jdbc:postgresql://db:5432/gongjian", "GONGJIAN_DEMO_PASSWORD", PASSWORD));
        assertEquals(DemoDataChoice.REFUSED_EXTERNAL_DATABASE, external);
        assertTrue(external.refusal().contains("GONGJIAN_DEMO_DATA=force"));
        assertEquals(DemoDataChoice.REFUSED_EXTERNAL_DATABASE, DemoDataChoice.of(Map.of("GONGJIAN_DEMO_DATA", "true",
                "GONGJIAN_DB_EMBEDDED", "false", "GONGJIAN_DEMO_PASSWORD", PASSWORD)));
        assertEquals(DemoDataChoice.WRITE, DemoDataChoice.of(Map.of("GONGJIAN_DEMO_DATA", "force",
                "GONGJIAN_DB_URL", "jdbc:postgresql://db:5432/gongjian", "GONGJIAN_DEMO_PASSWORD", PASSWORD)));
    }

    @Test
    void offUnlessAskedAndNeverWithoutAPassword() {
        assertEquals(DemoDataChoice.OFF, DemoDataChoice.of(Map.of()));
        assertEquals(DemoDataChoice.OFF, DemoDataChoice.of(Map.of("GONGJIAN_DEMO_DATA", "false", "GONGJIAN_DB_EMBEDDED", "true")));
        assertFalse(DemoDataChoice.OFF.refused());
        assertEquals(DemoDataChoice.REFUSED_NO_PASSWORD, DemoDataChoice.of(Map.of("GONGJIAN_DEMO_DATA", "force")));
        assertEquals(DemoDataChoice.REFUSED_UNKNOWN_VALUE, DemoDataChoice.of(Map.of("GONGJIAN_DEMO_DATA", "yes",
                "GONGJIAN_DB_EMBEDDED", "true", "GONGJIAN_DEMO_PASSWORD", PASSWORD)));
    }
}
