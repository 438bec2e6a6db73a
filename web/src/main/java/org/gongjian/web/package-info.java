/**
 * The web layer: pages and their backing beans (packages mirror page paths), the REST API, the
 * security mechanism and filters. Beans call boundaries only; they never touch an entity manager
 * and never choose a tenant: the tenant filter does, from the signed-in account's membership.
 */
package org.gongjian.web;
