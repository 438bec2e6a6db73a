package org.gongjian.showcase.boundary;

/** A published showcase's year on the public index: a tenant's (its code and names) or the city's (code null). */
public record ShowcaseListing(String tenantCode, String nameZh, String nameEn, int year) {

    public boolean isCity() {
        return tenantCode == null;
    }
}
