package org.gongjian.tenantconfig;

import java.util.List;

/**
 * A starting configuration shipped with the product, such as the "three types" (三型) or
 * "Party building +" (党建+). A tenant starts from one and then edits its own copy freely.
 */
public record ConfigTemplate(String code, Name name, List<Category> categories, EvaluationScheme scheme,
                             List<WindowTemplate> calendar, Rules rules) {

    public ConfigTemplate {
        categories = List.copyOf(categories);
        calendar = List.copyOf(calendar);
    }

    /** The tenant's first configuration, with this template's calendar laid on the given year. */
    public TenantConfiguration startFor(int year) {
        return new TenantConfiguration(code, categories, scheme, List.of(calendarFor(year)), rules);
    }

    public YearCalendar calendarFor(int year) {
        return new YearCalendar(year, calendar.stream().map(w -> w.in(year)).toList());
    }
}
