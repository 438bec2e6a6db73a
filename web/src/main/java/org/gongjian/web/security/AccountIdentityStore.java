package org.gongjian.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.gongjian.account.boundary.SignIns;
import org.gongjian.account.boundary.SignIns.SignInResult;

/**
 * Checks credentials through {@link SignIns}, which counts failures per account and per address.
 * The groups are every role the account holds anywhere; which of them count in a tenant is decided
 * per request by the tenant filter and per call by the tenant guard.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIns signIns;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = signIns.attempt(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
        return result.accepted()
                ? new CredentialValidationResult(result.login(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
