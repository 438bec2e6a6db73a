/**
 * Tenant configuration: a tenant's categories, evaluation scheme, calendar and rules, kept as
 * unchangeable numbered versions, and the yearly rounds that freeze the version they open with.
 * The typed records and their checks live in {@code org.gongjian.tenantconfig}; this component
 * stores them, gates actions by the calendar on the database clock, and never reads another
 * component's tables.
 */
package org.gongjian.config;
