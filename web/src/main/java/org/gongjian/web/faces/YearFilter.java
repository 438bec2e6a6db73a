package org.gongjian.web.faces;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.gongjian.platform.BusinessException;
import org.gongjian.web.api.FilterParameters;

/** A page's list narrowed to the year its address names ({@code ?year=2026}), as the dashboard links to it. */
public final class YearFilter {

    private YearFilter() {
    }

    /** The rows of that year, all of them without one; a year that cannot be read lists nothing and answers 400 with its message. */
    public static <T> List<T> of(String year, Supplier<List<T>> rows, ToIntFunction<T> yearOf) {
        try {
            Integer chosen = FilterParameters.year(year);
            return rows.get().stream().filter(row -> chosen == null || yearOf.applyAsInt(row) == chosen).toList();
        } catch (BusinessException unreadable) {
            Messages.refuseAddress(unreadable);
            return List.of();
        }
    }
}
