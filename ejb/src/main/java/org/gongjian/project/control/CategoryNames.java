package org.gongjian.project.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongjian.config.control.ConfigHistory;
import org.gongjian.config.entity.Round;
import org.gongjian.tenantconfig.Category;
import org.gongjian.tenantconfig.Name;

/**
 * The tenant's category names by year, each year's from the configuration its round froze: a
 * project keeps the name its category had in its year, whatever the tenant renamed later.
 */
public record CategoryNames(Map<Integer, List<Category>> byYear) {

    public CategoryNames {
        byYear = Map.copyOf(byYear);
    }

    /** Each round's categories as it froze them. */
    public static CategoryNames of(List<Round> rounds) {
        return new CategoryNames(rounds.stream().collect(Collectors.toMap(
                Round::getYear, round -> ConfigHistory.read(round.getFrozen()).configuration().categories())));
    }

    /** The category's name in the reader's language, or its key when the year does not know it. */
    public String name(int year, String key, Locale locale) {
        return byYear.getOrDefault(year, List.of()).stream().filter(category -> category.key().equals(key)).findFirst()
                .map(Category::name).map(name -> name.in(locale)).orElse(key);
    }

    /** Every category of any year once, by key, with its newest name. */
    public List<Category> distinct() {
        Map<String, Category> categories = new LinkedHashMap<>();
        byYear.entrySet().stream().sorted(Map.Entry.<Integer, List<Category>>comparingByKey().reversed())
                .flatMap(year -> year.getValue().stream()).forEach(category -> categories.putIfAbsent(category.key(), category));
        return new ArrayList<>(categories.values());
    }

    /** Each category's name in the reader's language, by key, in the categories' order. */
    public static Map<String, String> byKey(List<Category> categories, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        categories.forEach(category -> names.put(category.key(), shown(category, locale)));
        return names;
    }

    /** The category's name in the reader's language, or its key when it has none. */
    public static String shown(Category category, Locale locale) {
        Name name = category.name();
        return name == null ? category.key() : name.in(locale);
    }
}
