package org.gongjian.showcase.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongjian.showcase.entity.Edition.FigureRow;
import org.gongjian.showcase.entity.Edition.YearFigures;

/**
 * The city's figures of a year: the sum of the tenants' published figures. Tenants name their own
 * categories, so categories add up by their Chinese name; statuses by key.
 */
public final class CityFigures {

    private CityFigures() {
    }

    public static YearFigures sum(List<YearFigures> tenants) {
        Map<String, FigureRow> categories = new LinkedHashMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        long projects = 0;
        long goals = 0;
        long achieved = 0;
        BigDecimal people = BigDecimal.ZERO;
        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (YearFigures figures : tenants) {
            projects += figures.projects();
            goals += figures.goals();
            achieved += figures.goalsAchieved();
            people = people.add(figures.peopleReached());
            granted = granted.add(figures.fundsGranted());
            spent = spent.add(figures.fundsSpent());
            figures.byCategory().forEach(row -> categories.merge(row.zh(), new FigureRow(row.zh(), row.zh(), row.en(), row.count()),
                    (a, b) -> new FigureRow(a.key(), a.zh(), a.en(), a.count() + b.count())));
            figures.byStatus().forEach(row -> statuses.merge(row.key(), row.count(), Long::sum));
        }
        return new YearFigures(projects, List.copyOf(categories.values()),
                statuses.entrySet().stream().map(e -> new FigureRow(e.getKey(), null, null, e.getValue())).toList(),
                goals, achieved, people, granted, spent);
    }
}
