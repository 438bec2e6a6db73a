package org.gongjian.project.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.BusinessException.Reason;

/**
 * A unit's project plan as declared (申报): what, why, how, when, at what cost, with which
 * measurable goals. A draft may be incomplete; {@link #completenessProblems} says what is missing
 * before it can be submitted.
 *
 * @param importance importance of the project and the current problem it addresses
 * @param steps      the timeline: steps with their due dates
 * @param budget     the budget estimate (投资概算), line by line
 * @param measures   organisational measures
 * @param goals      expected goals, each a number and a unit
 */
public record Declaration(String title, String categoryKey, String importance, String content, String method,
                          List<Step> steps, List<BudgetLine> budget, String measures, List<Goal> goals) implements Serializable {

    public Declaration {
        steps = steps == null ? List.of() : List.copyOf(steps);
        budget = budget == null ? List.of() : List.copyOf(budget);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public static Declaration empty() {
        return new Declaration(null, null, null, null, null, List.of(), List.of(), null, List.of());
    }

    /** One step of the timeline. */
    public record Step(String description, LocalDate due) implements Serializable {
    }

    /** One line of the budget estimate, in yuan. */
    public record BudgetLine(String item, BigDecimal amount) implements Serializable {
    }

    /**
     * A measurable goal: "solve 20 community problems" is description 解决社区难题, target 20, unit 个.
     * The key stays the same through every version, so reports and closure figures refer to it.
     */
    public record Goal(String key, String description, BigDecimal target, String unit) implements Serializable {
    }

    /** The same plan under this title and category. */
    public Declaration retitled(String title, String categoryKey) {
        return new Declaration(title, categoryKey, importance, content, method, steps, budget, measures, goals);
    }

    /**
     * The declaration with a stable key on every goal: goals that keep a key of the previous
     * version keep it, every other goal gets a key no earlier version used.
     */
    public Declaration keyedAfter(Declaration previous) {
        Set<String> known = previous.goals().stream().map(Goal::key).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        int next = known.stream().mapToInt(Declaration::goalNumber).max().orElse(0) + 1;
        List<Goal> keyed = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Goal goal : goals) {
            String key = goal.key();
            if (key == null || !known.contains(key) || !used.add(key)) {
                key = "g" + next++;
            }
            keyed.add(new Goal(key, goal.description(), goal.target(), goal.unit()));
        }
        return new Declaration(title, categoryKey, importance, content, method, steps, budget, measures, keyed);
    }

    private static int goalNumber(String key) {
        return key.matches("g\\d{1,6}") ? Integer.parseInt(key.substring(1)) : 0;
    }

    /** The budget's total in yuan. */
    public BigDecimal budgetTotal() {
        return budget.stream().map(BudgetLine::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public Goal goal(String key) {
        return goals.stream().filter(goal -> goal.key().equals(key)).findFirst().orElse(null);
    }

    /** What makes even a draft unacceptable: texts too long, amounts or targets malformed. */
    public List<Reason> formatProblems() {
        List<Reason> reasons = new ArrayList<>();
        length(reasons, Field.TITLE, title);
        length(reasons, Field.IMPORTANCE, importance);
        length(reasons, Field.CONTENT, content);
        length(reasons, Field.METHOD, method);
        length(reasons, Field.MEASURES, measures);
        steps.forEach(step -> length(reasons, Field.STEP, step.description()));
        for (BudgetLine line : budget) {
            length(reasons, Field.BUDGET_ITEM, line.item());
            if (line.amount() != null) {
                check(reasons, () -> Yuan.of(line.amount(), true));
            }
        }
        for (Goal goal : goals) {
            length(reasons, Field.GOAL, goal.description());
            length(reasons, Field.GOAL_UNIT, goal.unit());
            if (goal.target() != null) {
                Figure.targetProblem(goal.description(), goal.target()).ifPresent(reasons::add);
            }
        }
        if (steps.size() > 50 || budget.size() > 50 || goals.size() > 50) {
            reasons.add(new Reason("declaration.tooManyRows", List.of(50)));
        }
        return reasons;
    }

    /** Everything that must be filled in before the declaration is submitted, with the format problems. */
    public List<Reason> completenessProblems(Set<String> categoryKeys) {
        List<Reason> reasons = new ArrayList<>(formatProblems());
        present(reasons, Field.TITLE, title);
        if (categoryKey == null || !categoryKeys.contains(categoryKey)) {
            reasons.add(new Reason("declaration.category.required", List.of()));
        }
        present(reasons, Field.IMPORTANCE, importance);
        present(reasons, Field.CONTENT, content);
        present(reasons, Field.METHOD, method);
        present(reasons, Field.MEASURES, measures);
        if (steps.isEmpty()) {
            reasons.add(new Reason("declaration.steps.required", List.of()));
        }
        for (int i = 0; i < steps.size(); i++) {
            if (blank(steps.get(i).description()) || steps.get(i).due() == null) {
                reasons.add(new Reason("declaration.step.incomplete", List.of(i + 1)));
            }
        }
        if (budget.isEmpty()) {
            reasons.add(new Reason("declaration.budget.required", List.of()));
        }
        for (int i = 0; i < budget.size(); i++) {
            if (blank(budget.get(i).item()) || budget.get(i).amount() == null) {
                reasons.add(new Reason("declaration.budgetLine.incomplete", List.of(i + 1)));
            }
        }
        if (goals.isEmpty()) {
            reasons.add(new Reason("declaration.goals.required", List.of()));
        }
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            if (blank(goal.description()) || goal.target() == null || blank(goal.unit())) {
                reasons.add(new Reason("declaration.goal.incomplete", List.of(i + 1)));
            }
        }
        return reasons;
    }

    private static void length(List<Reason> reasons, Field field, String value) {
        check(reasons, () -> field.optional(value));
    }

    private static void present(List<Reason> reasons, Field field, String value) {
        if (blank(value)) {
            reasons.add(new Reason("project.field.required", List.of(field)));
        }
    }

    private static void check(List<Reason> reasons, Runnable check) {
        try {
            check.run();
        } catch (BusinessException refused) {
            reasons.addAll(refused.reasons());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
