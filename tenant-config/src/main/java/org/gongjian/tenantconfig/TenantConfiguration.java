package org.gongjian.tenantconfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a tenant configures: its project categories, its evaluation scheme, its calendar for
 * each year and its rules. Immutable; an edit makes a new configuration with one part replaced.
 *
 * @param template the template it started from
 */
public record TenantConfiguration(String template, List<Category> categories, EvaluationScheme scheme,
                                  List<YearCalendar> calendars, Rules rules) {

    public static final int MAX_CATEGORIES = 30;

    public TenantConfiguration {
        categories = categories == null ? List.of() : List.copyOf(categories);
        calendars = calendars == null ? List.of()
                : calendars.stream().sorted(Comparator.comparingInt(YearCalendar::year)).toList();
    }

    public Optional<Category> category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<YearCalendar> calendar(int year) {
        return calendars.stream().filter(c -> c.year() == year).findFirst();
    }

    public TenantConfiguration withCategories(List<Category> replaced) {
        return new TenantConfiguration(template, replaced, scheme, calendars, rules);
    }

    public TenantConfiguration withScheme(EvaluationScheme replaced) {
        return new TenantConfiguration(template, categories, replaced, calendars, rules);
    }

    public TenantConfiguration withRules(Rules replaced) {
        return new TenantConfiguration(template, categories, scheme, calendars, replaced);
    }

    /** Adds the year's calendar, or replaces the one there is. */
    public TenantConfiguration withCalendar(YearCalendar calendar) {
        List<YearCalendar> years = new ArrayList<>(calendars);
        years.removeIf(c -> c.year() == calendar.year());
        years.add(calendar);
        return new TenantConfiguration(template, categories, scheme, years, rules);
    }

    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(categoryProblems());
        all.addAll(scheme == null ? List.of(missing("scheme")) : scheme.problems());
        all.addAll(rules == null ? List.of(missing("rules")) : rules.problems());
        List<Integer> years = new ArrayList<>();
        for (YearCalendar calendar : calendars) {
            if (years.contains(calendar.year())) {
                all.add(new Problem("calendar." + calendar.year(), "config.year.repeated", List.of(String.valueOf(calendar.year())),
                        "year " + calendar.year() + " has two calendars"));
            }
            years.add(calendar.year());
            all.addAll(calendar.problems());
        }
        return List.copyOf(all);
    }

    public List<Problem> categoryProblems() {
        Problems problems = new Problems();
        if (categories.isEmpty() || categories.size() > MAX_CATEGORIES) {
            problems.add("categories", "config.categories.count", "there are " + categories.size()
                    + " categories, not 1 to " + MAX_CATEGORIES, categories.size(), MAX_CATEGORIES);
        }
        problems.keys("categories", categories.stream().map(Category::key).toList());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            Category category = categories.get(i);
            category.check("categories[" + i + "]", problems);
            String name = category.name() == null || category.name().zh() == null ? null : category.name().zh().trim();
            if (name != null && !name.isEmpty() && names.contains(name)) {
                problems.add("categories[" + i + "].name.zh", "config.name.repeated", "category name '" + name + "' appears twice", name);
            }
            names.add(name);
        }
        return problems.list();
    }

    private static Problem missing(String part) {
        return new Problem(part, "config.part.missing", List.of(part), part + " is missing");
    }
}
