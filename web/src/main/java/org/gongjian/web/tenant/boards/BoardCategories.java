package org.gongjian.web.tenant.boards;

import java.util.Locale;
import java.util.Map;
import org.gongjian.platform.BusinessException;
import org.gongjian.project.boundary.Projects;
import org.gongjian.project.control.CategoryNames;

/** The categories a board's claims may open projects in: those of its year's open round, by key, named for the reader. */
final class BoardCategories {

    private BoardCategories() {
    }

    /** None when the year has no open round; the boundary refuses a board there and says why. */
    static Map<String, String> of(Projects projects, int year, Locale locale) {
        try {
            return CategoryNames.byKey(projects.categories(year), locale);
        } catch (BusinessException noOpenRound) {
            return Map.of();
        }
    }
}
