package org.gongjian.platform;

import java.util.Locale;
import java.util.Map;

/**
 * Whether this start may fill an empty database with the demo organisations, whose accounts share
 * a published password. {@code GONGJIAN_DEMO_DATA=true} is honoured only on the launcher's own
 * embedded database ({@code GONGJIAN_DB_EMBEDDED=true}, which the launcher sets); any other
 * database needs {@code GONGJIAN_DEMO_DATA=force}, so a real installation never gets them by accident.
 */
public enum DemoDataChoice {

    OFF(null),
    WRITE(null),
    REFUSED_EXTERNAL_DATABASE("GONGJIAN_DEMO_DATA=true is refused on a database the launcher did not start: no demo "
            + "data written. Demo accounts share a published password; to write them there anyway set GONGJIAN_DEMO_DATA=force"),
    REFUSED_NO_PASSWORD("GONGJIAN_DEMO_DATA is on but GONGJIAN_DEMO_PASSWORD is empty: no demo data written"),
    REFUSED_UNKNOWN_VALUE("GONGJIAN_DEMO_DATA is none of true, false, force: no demo data written");

    public static final String VARIABLE = "GONGJIAN_DEMO_DATA";
    public static final String EMBEDDED = "GONGJIAN_DB_EMBEDDED";
    public static final String PASSWORD = "GONGJIAN_DEMO_PASSWORD";

    private final String refusal;

    DemoDataChoice(String refusal) {
        this.refusal = refusal;
    }

    public static DemoDataChoice of(Map<String, String> environment) {
        String value = environment.getOrDefault(VARIABLE, "").strip().toLowerCase(Locale.ROOT);
        boolean forced = "force".equals(value);
        if (value.isEmpty() || "false".equals(value)) {
            return OFF;
        }
        if (!forced && !"true".equals(value)) {
            return REFUSED_UNKNOWN_VALUE;
        }
        if (!forced && !"true".equalsIgnoreCase(environment.getOrDefault(EMBEDDED, "").strip())) {
            return REFUSED_EXTERNAL_DATABASE;
        }
        return environment.getOrDefault(PASSWORD, "").isBlank() ? REFUSED_NO_PASSWORD : WRITE;
    }

    public boolean refused() {
        return refusal != null;
    }

    /** Why no demo data were written although they were asked for; {@code null} unless {@link #refused()}. */
    public String refusal() {
        return refusal;
    }
}
