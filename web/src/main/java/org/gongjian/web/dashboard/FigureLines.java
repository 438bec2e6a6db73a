package org.gongjian.web.dashboard;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.gongjian.dashboard.boundary.Count;
import org.gongjian.dashboard.boundary.YearFigures;
import org.gongjian.platform.BusinessException;
import org.gongjian.web.faces.Messages;

/**
 * A year's figures as the pages, the sheet and the big screen list them: each under its key, the
 * label {@code dashboard.figure.<key>} and the list behind it ({@link #link}), in one order.
 */
public final class FigureLines {

    /** One figure: its key and value (a whole number, or yuan for funds). */
    public record Line(String key, Number value) {
    }

    /** A row of a chart: its label, its value and the list behind it (null: none). */
    public record Bar(String label, long value, String link) {
    }

    public static final List<String> KEYS = List.of("declarations", "approvals", "live", "overdue", "placesTaken", "placesOffered",
            "fillPercent", "entries", "sheetsIn", "sheetsExpected", "projectsGraded", "applications", "prizes", "granted", "spent");

    private FigureLines() {
    }

    public static List<Line> of(YearFigures f) {
        List<Number> values = List.of(f.declarations(), f.approvals(), f.live(), f.overdue(), f.placesTaken(), f.placesOffered(),
                f.fillPercent(), f.entries(), f.sheetsIn(), f.sheetsExpected(), f.projectsGraded(), f.applications(), f.prizes(),
                f.granted(), f.spent());
        return IntStream.range(0, KEYS.size()).mapToObj(i -> new Line(KEYS.get(i), values.get(i))).toList();
    }

    public static boolean isMoney(String key) {
        return "granted".equals(key) || "spent".equals(key);
    }

    /** The list behind a figure, relative to the tenant's pages, for the year. */
    public static String link(String key, int year) {
        return switch (key) {
            case "approvals" -> "projects/index?year=" + year + "&approved=true";
            case "live" -> "projects/index?year=" + year + "&status=UNDERWAY";
            case "overdue" -> "projects/overdue?year=" + year + "&signal=RED";
            case "placesTaken", "placesOffered", "fillPercent" -> "boards/index?year=" + year;
            case "entries" -> "bids/index?year=" + year + "&status=SUBMITTED";
            case "sheetsIn", "sheetsExpected", "projectsGraded" -> "evaluation/year?year=" + year;
            case "applications", "prizes" -> "awards/index?year=" + year;
            case "granted", "spent" -> "projects/index?year=" + year + "&funds=true";
            default -> "projects/index?year=" + year;
        };
    }

    /**
     * Counts by category or grade as chart rows, named in the reader's language (the key when there
     * is no name), each linked to {@code list} followed by its key, when a list is given.
     */
    public static List<Bar> named(List<Count> counts, Locale locale, String list) {
        return counts.stream().map(c -> new Bar(c.name() == null ? c.key() : c.name().in(locale), c.count(), linked(list, c))).toList();
    }

    /** Counts by status as chart rows, named by the status's label, linked as {@link #named}. */
    public static List<Bar> statuses(List<Count> counts, Locale locale, String list) {
        return counts.stream().map(c -> new Bar(Messages.text(locale, "enum.ProjectStatus." + c.key()), c.count(), linked(list, c))).toList();
    }

    private static String linked(String list, Count count) {
        return list == null ? null : list + URLEncoder.encode(count.key(), StandardCharsets.UTF_8);
    }

    /** The year asked for, this year in China when none; anything else than a year from 2000 to 2100 is refused. */
    public static int year(String asked) {
        if (asked == null || asked.isBlank()) {
            return Year.now(Messages.SHOWN_ZONE).getValue();
        }
        String trimmed = asked.strip();
        if (!trimmed.matches("\\d{4}")) {
            throw new BusinessException("dashboard.year.invalid", trimmed.length() > 20 ? trimmed.substring(0, 20) + "…" : trimmed);
        }
        return Integer.parseInt(trimmed);
    }

    /** What the figure shows: yuan to the fen for funds, a whole number otherwise. */
    public static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal d ? d : BigDecimal.valueOf(value.longValue());
    }
}
