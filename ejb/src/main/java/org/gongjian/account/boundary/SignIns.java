package org.gongjian.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.gongjian.account.control.MembershipDirectory;
import org.gongjian.account.control.PasswordHasher;
import org.gongjian.account.entity.Account;
import org.gongjian.account.entity.Role;
import org.gongjian.account.entity.SignInThrottle;

/**
 * Checks a login and password, counting failures per account and per address: five wrong
 * passwords lock an account, twenty lock an address, each for fifteen minutes. The counts are
 * in the database, so every server of a cluster sees the same ones.
 */
@Stateless
@PermitAll
public class SignIns {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    MembershipDirectory memberships;

    /** Minutes until this login or address may try again; 0 when it may try now. */
    public long lockedMinutes(String login, String address) {
        OffsetDateTime now = OffsetDateTime.now();
        long byAccount = minutesLeft(accountKey(login), now);
        long byAddress = minutesLeft(addressKey(address), now);
        return Math.max(byAccount, byAddress);
    }

    public SignInResult attempt(String login, String password, String address) {
        if (login == null || login.isBlank() || lockedMinutes(login, address) > 0) {
            return SignInResult.refused();
        }
        List<Account> found = em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", login.trim()).getResultList();
        Account account = found.isEmpty() ? null : found.get(0);
        if (account == null) {
            passwords.verifyAgainstDecoy(password);
        }
        if (account == null || !passwords.verify(password, account.getPasswordHash()) || !account.canSignIn()) {
            OffsetDateTime now = OffsetDateTime.now();
            fail(accountKey(login), now, ACCOUNT_LIMIT);
            fail(addressKey(address), now, ADDRESS_LIMIT);
            return SignInResult.refused();
        }
        SignInThrottle throttle = em.find(SignInThrottle.class, accountKey(login));
        if (throttle != null) {
            em.remove(throttle);
        }
        Set<String> groups = memberships.rolesAnywhere(account.getId());
        if (account.isHostAdmin()) {
            groups = union(groups, Role.Names.HOST_ADMIN);
        }
        return new SignInResult(true, account.getLogin(), groups);
    }

    private void fail(String key, OffsetDateTime now, int limit) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(key, now);
            em.persist(throttle);
        }
        throttle.fail(now, limit);
    }

    private long minutesLeft(String key, OffsetDateTime now) {
        SignInThrottle throttle = em.find(SignInThrottle.class, key);
        return throttle == null ? 0 : throttle.minutesLeft(now);
    }

    private static String accountKey(String login) {
        return "account:" + (login == null ? "" : login.trim().toLowerCase());
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static Set<String> union(Set<String> groups, String role) {
        java.util.HashSet<String> all = new java.util.HashSet<>(groups);
        all.add(role);
        return Set.copyOf(all);
    }

    /** The outcome of a sign-in: the account's login as stored, and every role it holds anywhere. */
    public record SignInResult(boolean accepted, String login, Set<String> groups) {

        static SignInResult refused() {
            return new SignInResult(false, null, Set.of());
        }
    }
}
