package org.gongjian.notification.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gongjian.tenantconfig.Phase;
import org.gongjian.tenantconfig.TenantConfiguration;

/** A calendar window closing soon, as one reminder: which year's, which phase, when, and how many days before. */
public record DueWindow(int year, Phase phase, LocalDate closes, int daysBefore) {

    /** Reminders start this many days before a window closes, one a day, the last on the closing day. */
    public static final int DAYS_AHEAD = 3;
    /** The windows in which units have something to hand in. */
    public static final Set<Phase> REMINDED = Set.of(Phase.DECLARATION, Phase.MID_TERM, Phase.CLOSURE, Phase.AWARD_APPLICATION);

    /** The reminders due today in every year's calendar of the configuration. */
    public static List<DueWindow> dueOn(TenantConfiguration configuration, LocalDate today) {
        return configuration.calendars().stream()
                .flatMap(calendar -> calendar.windows().stream()
                        .filter(window -> REMINDED.contains(window.phase()))
                        .map(window -> new DueWindow(calendar.year(), window.phase(), window.closes(),
                                (int) ChronoUnit.DAYS.between(today, window.closes()))))
                .filter(due -> due.daysBefore() >= 0 && due.daysBefore() <= DAYS_AHEAD)
                .sorted(Comparator.comparing(DueWindow::year).thenComparing(DueWindow::phase))
                .toList();
    }

    /** The reminder's arguments as its message reads them. */
    public List<String> arguments() {
        return List.of(phase.name(), closes.toString(), Integer.toString(daysBefore));
    }
}
