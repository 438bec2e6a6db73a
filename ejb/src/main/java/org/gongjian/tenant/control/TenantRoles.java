package org.gongjian.tenant.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles in the current tenant that may call a {@link TenantBound} boundary's method (on the
 * method, or on the class for all its methods); checked by {@link TenantGuard} against the
 * caller's membership in that tenant. Not the container's {@code @RolesAllowed}: those roles are
 * the account's roles in any tenant, and Payara Micro 6 sometimes loses them for a request that
 * arrives while others of the same session run (payara/Payara#6145), refusing a caller who holds
 * the role.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TenantRoles {

    String[] value();
}
