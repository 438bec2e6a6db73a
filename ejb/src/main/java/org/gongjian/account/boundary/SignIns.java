package org.gongjian.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.gongjian.account.control.MembershipDirectory;
import org.gongjian.account.control.PasswordHasher;
import org.gongjian.account.control.SignInCounts;
import org.gongjian.account.entity.Account;
import org.gongjian.account.entity.Role;
import org.gongjian.account.entity.SignInThrottle;

/**
 * Checks a login and password, counting attempts per account and per address: five wrong
 * passwords lock an account, twenty lock an address, each for fifteen minutes. The counts are
 * in the database, so every server of a cluster sees the same ones, and are taken before the
 * password is checked, so parallel attempts get no more guesses than one after another.
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

    @Inject
    SignInCounts counts;

    /** Minutes until this login or address may try again; 0 when it may try now. */
    public long lockedMinutes(String login, String address) {
        OffsetDateTime now = OffsetDateTime.now();
        long byAccount = minutesLeft(accountKey(login), now);
        long byAddress = minutesLeft(addressKey(address), now);
        return Math.max(byAccount, byAddress);
    }

    /**
     * Counts the attempt for the address and then the login before the password is checked; an
     * attempt past either limit is refused unchecked, with the minutes left.
     */
    public SignInResult attempt(String login, String password, String address) {
        if (login == null || login.isBlank()) {
            return SignInResult.refused();
        }
        // A login no account can have (too long, odd characters) is counted by address only: its
        // counter's key would not fit, and there is no account to protect.
        boolean possible = Account.couldBeLogin(login);
        long locked = counts.admit(addressKey(address), ADDRESS_LIMIT);
        if (locked == 0 && possible) {
            locked = counts.admit(accountKey(login), ACCOUNT_LIMIT);
        }
        if (locked > 0) {
            return SignInResult.locked(locked);
        }
        List<Account> found = !possible ? List.of() : em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", login.trim()).getResultList();
        Account account = found.isEmpty() ? null : found.get(0);
        if (account == null) {
            passwords.verifyAgainstDecoy(password);
        }
        if (account == null || !passwords.verify(password, account.getPasswordHash()) || !account.canSignIn()) {
            if (possible) {
                counts.failed(accountKey(login), ACCOUNT_LIMIT);
            }
            counts.failed(addressKey(address), ADDRESS_LIMIT);
            return SignInResult.refused();
        }
        counts.clear(accountKey(login));
        counts.succeeded(addressKey(address));
        Set<String> groups = memberships.rolesAnywhere(account.getId());
        if (account.isHostAdmin()) {
            groups = union(groups, Role.Names.HOST_ADMIN);
        }
        return new SignInResult(true, account.getId(), account.getLogin(), groups, 0);
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

    /**
     * The outcome of a sign-in: the account's id and login as stored, and every role it holds
     * anywhere; or, refused unchecked, the minutes until it may try again.
     */
    public record SignInResult(boolean accepted, Long accountId, String login, Set<String> groups, long lockedMinutes) {

        static SignInResult refused() {
            return new SignInResult(false, null, null, Set.of(), 0);
        }

        static SignInResult locked(long minutes) {
            return new SignInResult(false, null, null, Set.of(), minutes);
        }
    }
}
