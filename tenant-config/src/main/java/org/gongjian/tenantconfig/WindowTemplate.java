package org.gongjian.tenantconfig;

import java.time.MonthDay;

/**
 * A window as a template gives it: month and day, and how many years after the round's year
 * (0 for most; 1 for a showcase held the next summer).
 */
public record WindowTemplate(Phase phase, MonthDay opens, int opensYearOffset, MonthDay closes, int closesYearOffset) {

    public Window in(int year) {
        return new Window(phase, opens.atYear(year + opensYearOffset), closes.atYear(year + closesYearOffset));
    }
}
