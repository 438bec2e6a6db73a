package org.gongjian.project.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.BudgetLine;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.Declaration.Step;

/**
 * What changed from one declaration version to another, part by part: texts as a whole, steps
 * and budget lines by position, goals by their key. Parts are the message keys the pages label
 * them with ({@code declaration.part.title}, {@code declaration.part.goal}, …).
 */
public final class DeclarationChanges {

    private DeclarationChanges() {
    }

    public static List<Change> between(Declaration before, Declaration after) {
        List<Change> changes = new ArrayList<>();
        text(changes, "title", before.title(), after.title());
        text(changes, "category", before.categoryKey(), after.categoryKey());
        text(changes, "importance", before.importance(), after.importance());
        text(changes, "content", before.content(), after.content());
        text(changes, "method", before.method(), after.method());
        rows(changes, "step", byPosition(before.steps(), DeclarationChanges::shown), byPosition(after.steps(), DeclarationChanges::shown));
        rows(changes, "budget", byPosition(before.budget(), DeclarationChanges::shown), byPosition(after.budget(), DeclarationChanges::shown));
        text(changes, "measures", before.measures(), after.measures());
        rows(changes, "goal", byKey(before.goals()), byKey(after.goals()));
        return changes;
    }

    private static void text(List<Change> changes, String part, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(new Change(part, blankToNull(before), blankToNull(after)));
        }
    }

    private static void rows(List<Change> changes, String part, Map<String, String> before, Map<String, String> after) {
        Map<String, String> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        all.keySet().forEach(row -> {
            if (!Objects.equals(before.get(row), after.get(row))) {
                changes.add(new Change(part + " " + row, before.get(row), after.get(row)));
            }
        });
    }

    private static <T> Map<String, String> byPosition(List<T> rows, Function<T, String> shown) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            map.put(String.valueOf(i + 1), shown.apply(rows.get(i)));
        }
        return map;
    }

    private static Map<String, String> byKey(List<Goal> goals) {
        Map<String, String> map = new LinkedHashMap<>();
        goals.forEach(goal -> map.put(goal.key(), shown(goal)));
        return map;
    }

    private static String shown(Step step) {
        return Objects.toString(step.description(), "") + " · " + Objects.toString(step.due(), "");
    }

    private static String shown(BudgetLine line) {
        return Objects.toString(line.item(), "") + " · " + (line.amount() == null ? "" : line.amount().toPlainString());
    }

    private static String shown(Goal goal) {
        return Objects.toString(goal.description(), "") + " · " + number(goal.target()) + " " + Objects.toString(goal.unit(), "");
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
