package org.gongjian.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.gongjian.account.entity.Account;

/**
 * The signed-in account. A session names its account by id (the caller principal's name is the
 * account's id), never by login, so nothing about logins can make it resolve to another account.
 */
@Dependent
public class CallerAccount {

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal caller;

    /** The caller's account id; empty for anonymous callers and the portal's own work. */
    public Optional<Long> id() {
        String name = caller == null ? null : caller.getName();
        if (name == null || !name.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(name));
    }

    public Optional<Account> account() {
        return id().map(id -> em.find(Account.class, id));
    }

    /** The caller's login as stored, or null. */
    public String login() {
        return account().map(Account::getLogin).orElse(null);
    }
}
