package org.gongjian.showcase.control;

/** A showcase of a year was published: a tenant's (its code), or the city's (tenantCode null). The public pages of it are stale. */
public record ShowcaseNews(String tenantCode, int year) {
}
