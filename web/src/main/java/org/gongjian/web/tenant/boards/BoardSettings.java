package org.gongjian.web.tenant.boards;

import java.io.Serializable;
import java.util.Map;
import org.gongjian.claim.entity.BoardMode;

/** A board's settings as its forms edit them: the title, how claims are decided, and the category of the projects they open. */
public class BoardSettings implements Serializable {

    private String title;
    private BoardMode mode = BoardMode.CONFIRM;
    private String categoryKey;
    private Map<String, String> categories = Map.of();

    /** The categories on offer (names by key); the only one is chosen at once. */
    void offer(Map<String, String> categories) {
        this.categories = categories;
        if (categories.size() == 1) {
            categoryKey = categories.keySet().iterator().next();
        }
    }

    public BoardMode[] getModes() {
        return BoardMode.values();
    }

    public Map<String, String> getCategories() {
        return categories;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public BoardMode getMode() {
        return mode;
    }

    public void setMode(BoardMode mode) {
        this.mode = mode;
    }

    public String getCategoryKey() {
        return categoryKey;
    }

    public void setCategoryKey(String categoryKey) {
        this.categoryKey = categoryKey;
    }
}
