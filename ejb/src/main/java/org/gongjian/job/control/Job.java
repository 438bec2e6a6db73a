package org.gongjian.job.control;

import java.time.Duration;
import java.util.Locale;

/** The scheduled jobs, each run once a slot of its period. */
public enum Job {

    /** Deadline reminders of every tenant's calendar. */
    REMINDERS(Duration.ofHours(1));

    private final Duration slot;

    Job(Duration slot) {
        this.slot = slot;
    }

    public Duration slot() {
        return slot;
    }

    /** The name its leases are kept under. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
