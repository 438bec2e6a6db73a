package org.gongjian.print;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One featured project as published: its title, the units, claimants or winners involved (names
 * only), grade, prizes, goals against results, the story as written, and its photos in order.
 */
public record BookletStory(String title, List<String> names, String grade, List<String> prizes, List<GoalRow> goals,
                           String story, List<Photo> photos) {

    public BookletStory {
        Objects.requireNonNull(title, "title");
        names = List.copyOf(names);
        prizes = List.copyOf(prizes);
        goals = List.copyOf(goals);
        photos = List.copyOf(photos);
    }

    /** A declared goal and the figure the closure reported for it, null when none was reported. */
    public record GoalRow(String goal, BigDecimal target, BigDecimal result, String unit) {
    }

    /** A JPEG or PNG photo with an optional caption. */
    public record Photo(byte[] bytes, String caption) {
    }
}
