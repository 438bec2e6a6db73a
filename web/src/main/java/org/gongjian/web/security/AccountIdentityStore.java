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
 * Checks credentials through {@link SignIns}, which counts attempts per account and per client
 * address. The caller's name in the session is the account's id, so the session never looks an
 * account up by login. The groups are every role the account holds anywhere; which of them count
 * in a tenant is decided per request by the tenant filter and per call by the tenant guard.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Request attribute: minutes a refused attempt must wait, when it was refused without being checked. */
    public static final String LOCKED_MINUTES = "org.gongjian.signIn.lockedMinutes";

    @Inject
    SignIns signIns;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = signIns.attempt(credential.getCaller(), credential.getPasswordAsString(), clientAddress.of(request));
        if (result.lockedMinutes() > 0) {
            request.setAttribute(LOCKED_MINUTES, result.lockedMinutes());
        }
        return result.accepted()
                ? new CredentialValidationResult(Long.toString(result.accountId()), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
