package org.gongjian.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Set;
import org.gongjian.account.entity.Role;

/**
 * Form sign-in on our own page, against the accounts in the database. The signed-in caller is
 * kept as a small attribute of the session rather than by the container: sessions are replicated
 * between the servers of a cluster, and the container's own record of a caller comes back on
 * another server without the caller's roles. {@link KeptSignInInterceptor} recognises it on later requests.
 */
@KeptSignIn
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
@DeclareRoles({Role.Names.HOST_ADMIN, Role.Names.TENANT_ADMIN, Role.Names.UNIT_MEMBER, Role.Names.CLAIMANT,
        Role.Names.EVALUATOR})
@ApplicationScoped
public class PortalSecurity implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = "org.gongjian.signedIn";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession().setAttribute(SIGNED_IN,
                    new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** The caller's name (the account's id) and every role the account holds. */
    record SignedIn(String name, Set<String> groups) implements Serializable {
    }
}
