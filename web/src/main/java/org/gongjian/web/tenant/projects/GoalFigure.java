package org.gongjian.web.tenant.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongjian.project.entity.Declaration;

/** A figure reached against a declared goal, e.g. 12 of 20 个; figure is null when none was given. */
public record GoalFigure(String goal, BigDecimal figure, BigDecimal target, String unit) {

    /** The figures against every goal of the declaration, in its order. */
    public static List<GoalFigure> of(Declaration declaration, Map<String, BigDecimal> figures) {
        return declaration.goals().stream()
                .map(goal -> new GoalFigure(goal.description(), figures.get(goal.key()), goal.target(), goal.unit())).toList();
    }
}
