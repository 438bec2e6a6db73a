package org.gongjian.dashboard.boundary;

import org.gongjian.tenantconfig.Name;

/** How many of one kind (a category, a status, a grade): its key, its name where it has one, the count. */
public record Count(String key, Name name, long count) {
}
