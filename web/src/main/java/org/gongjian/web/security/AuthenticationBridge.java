package org.gongjian.web.security;

import static org.glassfish.soteria.mechanisms.jaspic.Jaspic.fromAuthenticationStatus;
import static org.glassfish.soteria.mechanisms.jaspic.Jaspic.setLastAuthenticationStatus;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import org.glassfish.soteria.mechanisms.HttpMessageContextImpl;

/**
 * Hands every request to the portal's one authentication mechanism ({@link PortalSecurity}), as
 * Jakarta Security's own bridge does, but with the mechanism resolved once. The built-in bridge
 * looks the bean manager up in JNDI twice a request (a new naming context and two synchronised
 * maps each time): under load that was a quarter of the work of serving a static file, and threads
 * queued on its locks. Installed by {@link AuthenticationBridgeInstaller}.
 */
final class AuthenticationBridge implements ServerAuthModule {

    private static final Class<?>[] MESSAGE_TYPES = {HttpServletRequest.class, HttpServletResponse.class};

    private final HttpAuthenticationMechanism mechanism;
    private CallbackHandler handler;

    AuthenticationBridge(HttpAuthenticationMechanism mechanism) {
        this.mechanism = mechanism;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler, Map options) {
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return MESSAGE_TYPES.clone();
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpMessageContext context = new HttpMessageContextImpl(handler, message, client);
        // SecurityContext.authenticate reads the outcome from here
        setLastAuthenticationStatus(context.getRequest(), AuthenticationStatus.NOT_DONE);
        AuthenticationStatus status;
        try {
            status = mechanism.validateRequest(context.getRequest(), context.getResponse(), context);
        } catch (AuthenticationException failure) {
            setLastAuthenticationStatus(context.getRequest(), AuthenticationStatus.SEND_FAILURE);
            throw refusal("Authentication failure in HttpAuthenticationMechanism", failure);
        }
        setLastAuthenticationStatus(context.getRequest(), status);
        return fromAuthenticationStatus(status);
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
        HttpMessageContext context = new HttpMessageContextImpl(handler, message, null);
        try {
            AuthStatus status = fromAuthenticationStatus(
                    mechanism.secureResponse(context.getRequest(), context.getResponse(), context));
            return status == AuthStatus.SUCCESS ? AuthStatus.SEND_SUCCESS : status;
        } catch (AuthenticationException failure) {
            throw refusal("Secure response failure in HttpAuthenticationMechanism", failure);
        }
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        HttpMessageContext context = new HttpMessageContextImpl(handler, message, subject);
        mechanism.cleanSubject(context.getRequest(), context.getResponse(), context);
    }

    private static AuthException refusal(String message, AuthenticationException cause) {
        AuthException refusal = new AuthException(message);
        refusal.initCause(cause);
        return refusal;
    }
}
