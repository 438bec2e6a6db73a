/**
 * Dashboards: a year's figures at a glance (declarations, approvals, projects under way, overdue
 * ledger entries, the claim board's places taken and offered, competition entries, evaluation
 * progress, grades, award applications and prizes, funds granted and spent). Owns nothing: it
 * counts each tenant's year in one statement of aggregate subqueries, never row by row.
 * <p>
 * A tenant's admins read their tenant's figures in a transaction bound to the tenant, under its
 * row policies. The host reads every tenant's figures side by side; isolation holds by
 * construction: its transaction is made read-only first, then each tenant's figures are counted by
 * the very same statement, one tenant at a time, with {@code app.tenant_id} set to that tenant (so
 * the tenant's row policies, not only the queries' own {@code tenant_id} predicates, keep every
 * other tenant's rows out). It never sets {@code app.host_read}, and it changes nothing.
 */
package org.gongjian.dashboard;
