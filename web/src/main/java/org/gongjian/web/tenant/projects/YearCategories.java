package org.gongjian.web.tenant.projects;

import java.util.Locale;
import java.util.Map;
import org.gongjian.config.boundary.Rounds;
import org.gongjian.platform.NotFoundException;
import org.gongjian.project.control.CategoryNames;

/** Category names by key in the reader's language, as a year's round froze them. */
public final class YearCategories {

    private YearCategories() {
    }

    /** The names the year's round froze; none when the year has no round. */
    public static Map<String, String> of(Rounds rounds, int year, Locale locale) {
        try {
            return CategoryNames.byKey(rounds.configurationOf(year).configuration().categories(), locale);
        } catch (NotFoundException noRound) {
            return Map.of();
        }
    }
}
