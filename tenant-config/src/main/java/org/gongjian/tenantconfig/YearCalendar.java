package org.gongjian.tenantconfig;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's windows for one year (the year of its round). A phase has at most one window; a phase
 * without one is closed all year. Windows may reach into the next year (the showcase does).
 */
public record YearCalendar(int year, List<Window> windows) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public YearCalendar {
        windows = windows == null ? List.of()
                : windows.stream().sorted(Comparator.comparing(Window::phase, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public Optional<Window> window(Phase phase) {
        return windows.stream().filter(w -> w.phase() == phase).findFirst();
    }

    public boolean isOpen(Phase phase, LocalDate today) {
        return window(phase).map(w -> w.contains(today)).orElse(false);
    }

    /** The same windows one year on, for next year to start from. */
    public YearCalendar nextYear() {
        return new YearCalendar(year + 1, windows.stream().map(w -> w.shiftedByYears(1)).toList());
    }

    public List<Problem> problems() {
        Problems problems = new Problems();
        String path = "calendar." + year;
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(path, "config.year.range", "year " + year + " is not from " + FIRST_YEAR + " to " + LAST_YEAR,
                    String.valueOf(year));
            return problems.list();
        }
        LocalDate earliest = LocalDate.of(year - 1, 1, 1);
        LocalDate latest = LocalDate.of(year + 1, 12, 31);
        Set<Phase> seen = EnumSet.noneOf(Phase.class);
        boolean datesOk = true;
        for (Window window : windows) {
            String at = path + "." + window.phase();
            if (window.phase() == null || window.opens() == null || window.closes() == null) {
                problems.add(at, "config.window.incomplete", "a window needs its phase and both dates", window.phase());
                datesOk = false;
            } else if (!seen.add(window.phase())) {
                problems.add(at, "config.window.repeated", window.phase() + " has two windows", window.phase());
            } else if (window.closes().isBefore(window.opens())) {
                problems.add(at, "config.window.reversed", window.phase() + " closes on " + window.closes()
                        + ", before it opens on " + window.opens(), window.phase(), window.opens(), window.closes());
                datesOk = false;
            } else if (window.opens().isBefore(earliest) || window.closes().isAfter(latest)) {
                problems.add(at, "config.window.year", window.phase() + " lies outside " + (year - 1) + " to " + (year + 1),
                        window.phase(), year - 1, year + 1);
            }
        }
        if (datesOk) {
            checkSequence(path, problems);
        }
        return problems.list();
    }

    private void checkSequence(String path, Problems problems) {
        Window before = null;
        for (Phase phase : Phase.SEQUENCE) {
            Optional<Window> window = window(phase);
            if (window.isEmpty()) {
                continue;
            }
            if (before != null && !window.get().opens().isAfter(before.closes())) {
                problems.add(path + "." + phase, "config.window.overlap", phase + " opens on " + window.get().opens()
                        + ", before " + before.phase() + " closes on " + before.closes(),
                        phase, window.get().opens(), before.phase(), before.closes());
            }
            before = window.get();
        }
    }
}
