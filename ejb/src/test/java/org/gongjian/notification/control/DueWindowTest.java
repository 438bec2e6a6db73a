package org.gongjian.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.gongjian.tenantconfig.Phase;
import org.gongjian.tenantconfig.TenantConfiguration;
import org.gongjian.tenantconfig.Window;
import org.gongjian.tenantconfig.YearCalendar;
import org.junit.jupiter.api.Test;

class DueWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 28);

    @Test
    void windowsClosingWithinThreeDaysAreDueWithTheDaysLeft() {
        TenantConfiguration configuration = configuration(new YearCalendar(2026, List.of(
                new Window(Phase.DECLARATION, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
                new Window(Phase.MID_TERM, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)),
                new Window(Phase.CLOSURE, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 20)))));
        assertEquals(List.of(new DueWindow(2026, Phase.DECLARATION, LocalDate.of(2026, 4, 30), 2),
                new DueWindow(2026, Phase.MID_TERM, LocalDate.of(2026, 5, 1), 3)), DueWindow.dueOn(configuration, TODAY));
    }

    @Test
    void theClosingDayIsTheLastReminderAndClosedWindowsHaveNone() {
        TenantConfiguration configuration = configuration(new YearCalendar(2026, List.of(
                new Window(Phase.DECLARATION, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 27)),
                new Window(Phase.AWARD_APPLICATION, LocalDate.of(2026, 4, 20), TODAY))));
        assertEquals(List.of(new DueWindow(2026, Phase.AWARD_APPLICATION, TODAY, 0)), DueWindow.dueOn(configuration, TODAY));
    }

    @Test
    void windowsWithNothingToHandInAreNotReminded() {
        TenantConfiguration configuration = configuration(new YearCalendar(2026, List.of(
                new Window(Phase.REVIEW, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 29)),
                new Window(Phase.SHOWCASE, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 30)))));
        assertEquals(List.of(), DueWindow.dueOn(configuration, TODAY));
    }

    @Test
    void everyYearsCalendarCounts() {
        TenantConfiguration configuration = configuration(
                new YearCalendar(2025, List.of(new Window(Phase.AWARD_APPLICATION, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 29)))),
                new YearCalendar(2026, List.of(new Window(Phase.DECLARATION, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 29)))));
        assertEquals(List.of(new DueWindow(2025, Phase.AWARD_APPLICATION, LocalDate.of(2026, 4, 29), 1),
                        new DueWindow(2026, Phase.DECLARATION, LocalDate.of(2026, 4, 29), 1)),
                DueWindow.dueOn(configuration, TODAY));
        assertEquals(List.of("DECLARATION", "2026-04-29", "1"), DueWindow.dueOn(configuration, TODAY).get(1).arguments());
    }

    private static TenantConfiguration configuration(YearCalendar... calendars) {
        return new TenantConfiguration("sample", List.of(), null, List.of(calendars), null);
    }
}
