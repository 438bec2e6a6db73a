/**
 * Accounts, their memberships in tenants, sign-in and passwords. An account is a platform-wide
 * identity; what it may do lives in its memberships, one per tenant and role, which are tenant
 * rows like any other. Reads no other component's tables except through their ids.
 */
package org.gongjian.account;
