package org.gongjian.print;

import java.util.List;

/** What the blank declaration form needs: the tenant, the year and that year's category names. */
public record BlankForm(String tenantName, int year, List<String> categories) {

    public BlankForm {
        categories = List.copyOf(categories);
    }
}
