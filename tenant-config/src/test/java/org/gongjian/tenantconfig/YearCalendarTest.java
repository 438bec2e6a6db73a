package org.gongjian.tenantconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearCalendarTest {

    private static final Window DECLARATION = window(Phase.DECLARATION, "2026-01-10", "2026-02-28");
    private static final Window REVIEW = window(Phase.REVIEW, "2026-03-01", "2026-03-31");
    private static final Window SHOWCASE = window(Phase.SHOWCASE, "2027-06-20", "2027-07-10");

    @Test
    void calendarWithShowcaseInTheNextYearHasNoProblems() {
        assertEquals(List.of(), new YearCalendar(2026, List.of(DECLARATION, REVIEW, SHOWCASE)).problems());
    }

    @Test
    void windowClosingBeforeItOpensIsRefused() {
        Problem problem = only(new YearCalendar(2026, List.of(DECLARATION, window(Phase.REVIEW, "2026-03-31", "2026-03-01"))).problems());
        assertEquals("config.window.reversed", problem.key());
        assertEquals("calendar.2026.REVIEW", problem.path());
        assertEquals(List.of(Phase.REVIEW, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1)), problem.arguments());
    }

    @Test
    void reviewOpeningBeforeDeclarationClosesIsRefused() {
        Problem problem = only(new YearCalendar(2026, List.of(DECLARATION, window(Phase.REVIEW, "2026-02-20", "2026-03-31"))).problems());
        assertEquals("config.window.overlap", problem.key());
        assertEquals("calendar.2026.REVIEW", problem.path());
        assertEquals(List.of(Phase.REVIEW, LocalDate.of(2026, 2, 20), Phase.DECLARATION, LocalDate.of(2026, 2, 28)),
                problem.arguments());
    }

    @Test
    void reviewOpeningOnTheDayDeclarationClosesOverlapsToo() {
        Problem problem = only(new YearCalendar(2026, List.of(DECLARATION, window(Phase.REVIEW, "2026-02-28", "2026-03-31"))).problems());
        assertEquals("config.window.overlap", problem.key());
    }

    @Test
    void phaseWithTwoWindowsIsRefused() {
        Problem problem = only(new YearCalendar(2026, List.of(DECLARATION, window(Phase.DECLARATION, "2026-05-01", "2026-05-10"))).problems());
        assertEquals("config.window.repeated", problem.key());
        assertEquals(List.of(Phase.DECLARATION), problem.arguments());
    }

    @Test
    void windowFarOutsideTheYearIsRefused() {
        Problem problem = only(new YearCalendar(2026, List.of(DECLARATION, window(Phase.CLOSURE, "2029-10-15", "2029-11-15"))).problems());
        assertEquals("config.window.year", problem.key());
        assertEquals(List.of(Phase.CLOSURE, 2025, 2027), problem.arguments());
    }

    @Test
    void windowWithoutPhaseIsReportedNotACrash() {
        Problem problem = only(new YearCalendar(2026, List.of(DECLARATION, window(null, "2026-05-01", "2026-05-10"))).problems());
        assertEquals("config.window.incomplete", problem.key());
    }

    @Test
    void yearOutOfRangeIsRefused() {
        assertEquals("config.year.range", only(new YearCalendar(1999, List.of()).problems()).key());
    }

    @Test
    void windowIsOpenOnItsFirstAndLastDayOnly() {
        YearCalendar calendar = new YearCalendar(2026, List.of(DECLARATION, REVIEW));
        assertFalse(calendar.isOpen(Phase.DECLARATION, LocalDate.of(2026, 1, 9)));
        assertTrue(calendar.isOpen(Phase.DECLARATION, LocalDate.of(2026, 1, 10)));
        assertTrue(calendar.isOpen(Phase.DECLARATION, LocalDate.of(2026, 2, 28)));
        assertFalse(calendar.isOpen(Phase.DECLARATION, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void phaseWithoutWindowIsClosedAllYear() {
        assertFalse(new YearCalendar(2026, List.of(DECLARATION)).isOpen(Phase.CLAIM, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void nextYearShiftsEveryWindowByOneYear() {
        YearCalendar next = new YearCalendar(2026, List.of(DECLARATION, REVIEW, SHOWCASE)).nextYear();
        assertEquals(2027, next.year());
        assertEquals(window(Phase.DECLARATION, "2027-01-10", "2027-02-28"), next.window(Phase.DECLARATION).orElseThrow());
        assertEquals(window(Phase.SHOWCASE, "2028-06-20", "2028-07-10"), next.window(Phase.SHOWCASE).orElseThrow());
        assertEquals(List.of(), next.problems());
    }

    private static Window window(Phase phase, String opens, String closes) {
        return new Window(phase, LocalDate.parse(opens), LocalDate.parse(closes));
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }
}
