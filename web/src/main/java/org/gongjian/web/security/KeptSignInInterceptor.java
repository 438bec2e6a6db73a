package org.gongjian.web.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.gongjian.web.security.PortalSecurity.SignedIn;

/**
 * Recognises the caller {@link PortalSecurity} signed in earlier in this session, as Jakarta
 * Security's own session interceptor does from the container's record, but from a small attribute
 * that the session carries to another server of the cluster with the caller's roles. It must run
 * before the login-to-continue interceptor (platform priority 220), which otherwise sends every
 * request for a protected page to the sign-in page before the mechanism is asked.
 */
@KeptSignIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 210)
public class KeptSignInInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object recognise(InvocationContext invocation) throws Exception {
        if ("validateRequest".equals(invocation.getMethod().getName())
                && invocation.getParameters()[2] instanceof HttpMessageContext context
                && !context.getAuthParameters().isNewAuthentication()) {
            HttpSession session = context.getRequest().getSession(false);
            if (session != null && session.getAttribute(PortalSecurity.SIGNED_IN) instanceof SignedIn caller) {
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
        }
        return invocation.proceed();
    }
}
