/**
 * A tenant's grassroots units (党支部, 党总支, 居民区党组织): the organisations that declare,
 * bid for and carry out projects. Tenant rows only.
 */
package org.gongjian.unit;
