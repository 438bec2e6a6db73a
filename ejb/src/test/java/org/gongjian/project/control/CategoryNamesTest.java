package org.gongjian.project.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongjian.tenantconfig.Category;
import org.gongjian.tenantconfig.Name;
import org.junit.jupiter.api.Test;

class CategoryNamesTest {

    static final CategoryNames NAMES = new CategoryNames(Map.of(
            2025, List.of(new Category("innovation", new Name("创新型", null), null, null)),
            2026, List.of(new Category("innovation", new Name("创新探索型", "Innovation"), null, null),
                    new Category("brand", new Name("典型示范型", "Model"), null, null))));

    @Test
    void aProjectKeepsTheNameItsYearGaveItsCategory() {
        assertEquals("创新型", NAMES.name(2025, "innovation", Locale.SIMPLIFIED_CHINESE));
        assertEquals("创新型", NAMES.name(2025, "innovation", Locale.ENGLISH), "no English name that year");
        assertEquals("Innovation", NAMES.name(2026, "innovation", Locale.ENGLISH));
        assertEquals("brand", NAMES.name(2025, "brand", Locale.SIMPLIFIED_CHINESE), "unknown in that year: the key");
    }

    @Test
    void offersEachCategoryOnceByItsNewestName() {
        assertEquals(List.of("创新探索型", "典型示范型"),
                NAMES.distinct().stream().map(category -> CategoryNames.shown(category, Locale.SIMPLIFIED_CHINESE)).toList());
    }
}
