/**
 * Tenants (street, enterprise and municipal-organ committees) and tenancy itself: which tenant a
 * transaction works for, the guard every tenant boundary passes, and the host's read-only
 * roll-ups across tenants. Other components never choose a tenant; they are bound to this one.
 */
package org.gongjian.tenant;
