package org.gongjian.web.tenant.settings;

import java.io.Serializable;
import org.gongjian.tenantconfig.Category;
import org.gongjian.tenantconfig.Name;

/** A project category as a row of the categories form edits it. */
public class CategoryRow implements Serializable {

    private final String key;
    private String nameZh;
    private String nameEn;
    private String description;
    private String goalHint;

    CategoryRow(String key) {
        this.key = key;
    }

    static CategoryRow of(Category category) {
        CategoryRow row = new CategoryRow(category.key());
        row.nameZh = category.name().zh();
        row.nameEn = category.name().en();
        row.description = category.description();
        row.goalHint = category.goalHint();
        return row;
    }

    Category toCategory() {
        return new Category(key, new Name(nameZh, nameEn), description, goalHint);
    }

    public String getKey() {
        return key;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
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
