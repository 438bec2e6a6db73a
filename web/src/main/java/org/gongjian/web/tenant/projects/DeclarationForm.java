package org.gongjian.web.tenant.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongjian.project.entity.Declaration;
import org.gongjian.project.entity.Declaration.BudgetLine;
import org.gongjian.project.entity.Declaration.Goal;
import org.gongjian.project.entity.Declaration.Step;
import org.gongjian.web.faces.Messages;

/**
 * A declaration as the declare page edits it. Rows may be added, left half filled in and removed;
 * the boundary says what is missing when the unit submits. Goals carry their key, so a revision
 * keeps referring to the same goal.
 */
public class DeclarationForm implements Serializable {

    private String title;
    private String categoryKey;
    private String importance;
    private String content;
    private String method;
    private String measures;
    private final List<StepRow> steps = new ArrayList<>();
    private final List<BudgetRow> budget = new ArrayList<>();
    private final List<GoalRow> goals = new ArrayList<>();

    /** A new declaration: one empty row in each table to start typing in. */
    public static DeclarationForm blank() {
        DeclarationForm form = new DeclarationForm();
        form.addStep();
        form.addBudgetLine();
        form.addGoal();
        return form;
    }

    public static DeclarationForm of(Declaration declaration) {
        DeclarationForm form = new DeclarationForm();
        form.title = declaration.title();
        form.categoryKey = declaration.categoryKey();
        form.importance = declaration.importance();
        form.content = declaration.content();
        form.method = declaration.method();
        form.measures = declaration.measures();
        declaration.steps().forEach(step -> form.steps.add(new StepRow(step.description(), step.due())));
        declaration.budget().forEach(line -> form.budget.add(new BudgetRow(line.item(), line.amount())));
        declaration.goals().forEach(goal -> form.goals.add(new GoalRow(goal.key(), goal.description(), goal.target(), goal.unit())));
        return form;
    }

    public Declaration toDeclaration() {
        return new Declaration(title, categoryKey, importance, content, method,
                steps.stream().map(row -> new Step(row.description, row.due)).toList(),
                budget.stream().map(row -> new BudgetLine(row.item, row.amount)).toList(),
                measures,
                goals.stream().map(row -> new Goal(row.key, row.description, row.target, row.unit)).toList());
    }

    /** The budget so far in yuan with two places, counting an amount not given yet as nothing. */
    public BigDecimal getBudgetTotal() {
        return budget.stream().map(BudgetRow::getAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    /** A cell's label for messages and screen readers: the table, the row number and the column. */
    public String label(String tableKey, String columnKey, int index) {
        return Messages.text("settings.row", Messages.text(tableKey), index + 1, Messages.text(columnKey));
    }

    /** What a field says when its text is not a number or a date. */
    public String invalid(String kind, String label) {
        return Messages.text("settings." + kind + ".invalid", label);
    }

    public void addStep() {
        steps.add(new StepRow(null, null));
    }

    public void removeStep(StepRow row) {
        steps.remove(row);
    }

    public void addBudgetLine() {
        budget.add(new BudgetRow(null, null));
    }

    public void removeBudgetLine(BudgetRow row) {
        budget.remove(row);
    }

    public void addGoal() {
        goals.add(new GoalRow(null, null, null, null));
    }

    public void removeGoal(GoalRow row) {
        goals.remove(row);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCategoryKey() {
        return categoryKey;
    }

    public void setCategoryKey(String categoryKey) {
        this.categoryKey = categoryKey;
    }

    public String getImportance() {
        return importance;
    }

    public void setImportance(String importance) {
        this.importance = importance;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public List<BudgetRow> getBudget() {
        return budget;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }

    /** A step of the timeline as a row of the form. */
    public static class StepRow implements Serializable {

        private String description;
        private LocalDate due;

        StepRow(String description, LocalDate due) {
            this.description = description;
            this.due = due;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }

    /** A line of the budget estimate as a row of the form. */
    public static class BudgetRow implements Serializable {

        private String item;
        private BigDecimal amount;

        BudgetRow(String item, BigDecimal amount) {
            this.item = item;
            this.amount = amount;
        }

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** A measurable goal as a row of the form; a new goal has no key until the draft is saved. */
    public static class GoalRow implements Serializable {

        private String key;
        private String description;
        private BigDecimal target;
        private String unit;

        GoalRow(String key, String description, BigDecimal target, String unit) {
            this.key = key;
            this.description = description;
            this.target = target;
            this.unit = unit;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }
}
