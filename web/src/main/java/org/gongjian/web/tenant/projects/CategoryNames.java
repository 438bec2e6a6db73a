package org.gongjian.web.tenant.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.platform.NotFoundException;
import org.gongjian.tenantconfig.Category;

/** Category names by key in the reader's language, as a year's round froze them. */
final class CategoryNames {

    private CategoryNames() {
    }

    static Map<String, String> of(List<Category> categories, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        categories.forEach(category -> names.put(category.key(), category.name() == null ? category.key() : category.name().in(locale)));
        return names;
    }

    /** The names the year's round froze; none when the year has no round. */
    static Map<String, String> ofYear(Rounds rounds, int year, Locale locale) {
        try {
            return of(rounds.configurationOf(year).configuration().categories(), locale);
        } catch (NotFoundException noRound) {
            return Map.of();
        }
    }
}
