package org.gongjian.job.control;

import java.time.Duration;
import java.util.Map;

/** How often each server looks for due work: {@code GONGJIAN_JOB_TICK_SECONDS}, whole seconds from 1 to 3600, default 60. */
public final class JobTick {

    public static final String VARIABLE = "GONGJIAN_JOB_TICK_SECONDS";
    static final Duration DEFAULT = Duration.ofSeconds(60);
    static final int MAX_SECONDS = 3600;

    private JobTick() {
    }

    /** The tick the environment sets; a value out of bounds or not a number stops the start with a message naming it. */
    public static Duration from(Map<String, String> env) {
        String value = env.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new IllegalStateException(VARIABLE + " 须为 1 到 " + MAX_SECONDS + " 之间的整数秒，现为“" + value + "” / "
                    + VARIABLE + " must be whole seconds from 1 to " + MAX_SECONDS + ", not \"" + value + "\"");
        }
        return Duration.ofSeconds(seconds);
    }
}
