package org.gongjian.web.tenant.settings;

import org.gongjian.tenantconfig.Category;

/** A project category as a row of the categories form edits it. */
public class CategoryRow extends NamedRow {

    private String description;
    private String goalHint;

    CategoryRow(String key) {
        super(key);
    }

    static CategoryRow of(Category category) {
        CategoryRow row = new CategoryRow(category.key());
        row.nameFrom(category.name());
        row.description = category.description();
        row.goalHint = category.goalHint();
        return row;
    }

    Category toCategory() {
        return new Category(getKey(), toName(), description, goalHint);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getGoalHint() {
        return goalHint;
    }

    public void setGoalHint(String goalHint) {
        this.goalHint = goalHint;
    }
}
