package org.gongjian.web.tenant.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gongjian.config.control.SavedConfiguration;
import org.gongjian.tenantconfig.Phase;
import org.gongjian.tenantconfig.TenantConfiguration;
import org.gongjian.tenantconfig.YearCalendar;
import org.gongjian.web.faces.Messages;

/** The tenant admin sets one year's windows, one per phase, and starts next year from this year's. */
@Named
@ViewScoped
public class CalendarBacking extends SettingsPage {

    private LocalDate today;
    private int year;
    private Set<Integer> calendarYears = Set.of();
    private final List<WindowRow> windows = new ArrayList<>();

    @Override
    void edit(TenantConfiguration configuration) {
        if (year == 0) {
            year = getToday().getYear();
        }
        calendarYears = configuration.calendars().stream().map(YearCalendar::year)
                .collect(Collectors.toCollection(TreeSet::new));
        Optional<YearCalendar> calendar = configuration.calendar(year);
        windows.clear();
        for (Phase phase : Phase.values()) {
            windows.add(WindowRow.of(phase, calendar.flatMap(c -> c.window(phase))));
        }
    }

    /** Shows the chosen year's calendar as the loaded version has it; what was typed for another year is dropped. */
    public void show() {
        edit(configurations.version(basedOn()).configuration());
    }

    public void save() {
        List<WindowRow> halfFilled = windows.stream().filter(WindowRow::isHalfFilled).toList();
        if (!halfFilled.isEmpty()) {
            halfFilled.forEach(row -> Messages.error("config.window.incomplete", row.getPhase()));
            return;
        }
        YearCalendar calendar = new YearCalendar(year,
                windows.stream().filter(WindowRow::isComplete).map(WindowRow::toWindow).toList());
        saved(configurations.saveCalendar(calendar, basedOn()));
    }

    public void copyToNextYear() {
        SavedConfiguration saved = configurations.copyCalendarToNextYear(year, basedOn());
        year++;
        show(saved);
        Messages.info("settings.calendar.copied", year - 1, year, saved.number());
    }

    /** The years with a calendar, and this year and next, which may get one. */
    public List<Integer> getYears() {
        Set<Integer> years = new TreeSet<>(calendarYears);
        years.add(getToday().getYear());
        years.add(getToday().getYear() + 1);
        return List.copyOf(years);
    }

    public boolean isNewYear() {
        return !calendarYears.contains(year);
    }

    public boolean isCopyable() {
        return calendarYears.contains(year) && !calendarYears.contains(year + 1);
    }

    /** Today in the tenant's time zone, by the database clock. */
    public LocalDate getToday() {
        if (today == null) {
            today = configurations.today();
        }
        return today;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<WindowRow> getWindows() {
        return windows;
    }
}
