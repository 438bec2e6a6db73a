package org.gongjian.tenantconfig;

import java.time.LocalDate;

/** A phase's dates, both days included, read in the tenant's time zone. */
public record Window(Phase phase, LocalDate opens, LocalDate closes) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(closes);
    }

    public Window shiftedByYears(int years) {
        return new Window(phase, opens.plusYears(years), closes.plusYears(years));
    }
}
