/**
 * Deploy-time tenant defaults and templates, read from files shipped with the product.
 * A base file plus an override per tenant kind or per template, merged, loaded into typed records and validated,
 * with errors that name the file, the key and the problem. What a tenant edits at run time lives
 * in the database, not here; no secrets live here.
 */
package org.gongjian.tenantconfig;
