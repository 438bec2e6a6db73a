package org.gongjian.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gongjian.account.control.PasswordHasher;
import org.gongjian.account.entity.Account;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.tenant.control.TenantSession;

/** A signed-in person changes their own password. */
@Stateless
@PermitAll
public class Passwords {

    @Inject
    Memberships memberships;

    @Inject
    PasswordHasher passwords;

    @Inject
    TenantSession session;

    @Inject
    Audit audit;

    public void change(String current, String chosen) {
        Account account = memberships.caller().orElseThrow(() -> new BusinessException("error.signInFirst"));
        if (!passwords.verify(current, account.getPasswordHash())) {
            throw new BusinessException("password.currentWrong");
        }
        if (chosen != null && chosen.equals(current)) {
            throw new BusinessException("password.same");
        }
        account.changePassword(passwords.hashChosen(chosen));
        if (account.getTenantId() != null) {
            session.enter(account.getTenantId());
        }
        audit.recordFor(account.getTenantId(), "account.password.change", "account", account.getId(), null, null);
    }

    /** Whether the caller still has to replace the first password they were given. */
    public boolean mustChange() {
        return memberships.caller().map(Account::isMustChangePassword).orElse(false);
    }
}
