package org.gongjian.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A year's published showcase as the booklet prints it: plain values, read by the caller from
 * what was published, nothing else.
 *
 * @param asOf the day the figures were taken (数据截至)
 */
public record Booklet(String title, String subtitle, LocalDate asOf, List<FigureRow> figures, List<BookletStory> stories) {

    public Booklet {
        Objects.requireNonNull(title, "title");
        figures = List.copyOf(figures);
        stories = List.copyOf(stories);
    }
}
