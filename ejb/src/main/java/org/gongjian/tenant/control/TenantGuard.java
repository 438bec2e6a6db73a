package org.gongjian.tenant.control;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs inside the boundary's transaction, before its method: refuses a call without a tenant,
 * refuses a role the caller holds only in some other tenant, then binds the transaction to the
 * tenant ({@link TenantSession#enter}).
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantGuard {

    @Inject
    CurrentTenant tenant;

    @Inject
    TenantSession session;

    @AroundInvoke
    public Object guard(InvocationContext invocation) throws Exception {
        if (!tenant.isPresent()) {
            throw new EJBAccessException("no tenant for this call");
        }
        String[] allowed = allowedRoles(invocation.getMethod());
        if (allowed != null && Arrays.stream(allowed).noneMatch(tenant::hasRole)) {
            throw new EJBAccessException("role not held in this tenant");
        }
        session.enter(tenant.id());
        return invocation.proceed();
    }

    /** The roles the method accepts, or null when any member of the tenant may call it. */
    private static String[] allowedRoles(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        TenantRoles roles = method.getAnnotation(TenantRoles.class);
        if (roles == null) {
            roles = method.getDeclaringClass().getAnnotation(TenantRoles.class);
        }
        return roles == null ? null : roles.value();
    }
}
