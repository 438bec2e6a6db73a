package org.gongjian.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.gongjian.account.entity.Account;
import org.gongjian.account.entity.Membership;
import org.gongjian.account.entity.Role;
import org.gongjian.audit.control.Audit;
import org.gongjian.platform.BusinessException;
import org.gongjian.platform.Refusals;

/**
 * Creates an account managed by a tenant, with its membership there and a random first password
 * that must be changed at first sign-in. The transaction must already be bound to that tenant.
 */
@Dependent
public class Enrolment {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    Audit audit;

    public IssuedPassword enrol(long tenantId, NewAccount request) {
        Role role = request.role();
        if (role == null || role == Role.HOST_ADMIN) {
            throw new BusinessException("account.role.invalid");
        }
        String password = PasswordHasher.randomPassword();
        Account account = new Account(request.login(), request.displayName(), request.email(), tenantId,
                passwords.hashIssued(password));
        if (!em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", account.getLogin())
                .getResultList().isEmpty()) {
            throw new BusinessException("account.login.taken", account.getLogin());
        }
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Refusals.unique(e)) {
                throw new BusinessException("account.login.taken", account.getLogin());
            }
            throw e;
        }
        Membership membership = new Membership(account, role, request.unitId(), request.claimantId());
        em.persist(membership);
        em.flush();
        audit.recordFor(tenantId, "account.create", "account", account.getId(), null, membership.snapshot());
        return new IssuedPassword(account.getLogin(), account.getDisplayName(), password);
    }
}
