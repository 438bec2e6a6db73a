package org.gongjian.project.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongjian.platform.BusinessException.Reason;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.Figure;

/** Figures reported against a declaration's goals: only its goals' keys, no figure below zero. */
public final class GoalFigures {

    private GoalFigures() {
    }

    /** The figures given (blank ones left out), by goal key; adds a reason for each figure the rules refuse. */
    public static Map<String, BigDecimal> checked(Declaration declared, Map<String, BigDecimal> figures, List<Reason> reasons) {
        Map<String, BigDecimal> kept = new TreeMap<>();
        figures.forEach((key, figure) -> {
            Goal goal = key == null ? null : declared.goal(key);
            if (goal == null) {
                reasons.add(new Reason("figure.goal.unknown", List.of(String.valueOf(key))));
            } else if (figure != null) {
                Figure.problem(goal.description(), figure).ifPresentOrElse(reasons::add, () -> kept.put(key, figure));
            }
        });
        return kept;
    }
}
