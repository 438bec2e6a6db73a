package org.gongjian.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.gongjian.account.control.PasswordHasher;
import org.gongjian.account.entity.Account;
import org.gongjian.audit.control.Audit;

/**
 * Gives an installation the operator's host admin: when {@code GONGJIAN_HOST_ADMIN_LOGIN} and
 * {@code GONGJIAN_HOST_ADMIN_PASSWORD} are set and no account has that login, it is created, with
 * or without demo data (which come first, as they fill only an empty database). The operator chose
 * the password, so no change is forced; it must meet the rule. An existing account is left as it is.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class HostBootstrap {

    private static final Logger LOG = Logger.getLogger(HostBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    Audit audit;

    @PostConstruct
    void createFirstHostAdmin() {
        String login = System.getenv("GONGJIAN_HOST_ADMIN_LOGIN");
        String password = System.getenv("GONGJIAN_HOST_ADMIN_PASSWORD");
        if (login == null || login.isBlank() || password == null) {
            return;
        }
        oneServerAtATime();
        if (!em.createNamedQuery(Account.BY_LOGIN, Account.class).setParameter("login", login.trim()).getResultList().isEmpty()) {
            return;
        }
        String hash = passwords.hashChosen(password);
        Account admin = Account.hostAdmin(login, "市委组织部管理员", hash);
        admin.changePassword(hash);
        em.persist(admin);
        em.flush();
        audit.recordFor(null, "account.create", "account", admin.getId(), null, admin.snapshot());
        LOG.info(() -> "host admin created: " + login);
    }

    /** Servers starting together on a new database take turns, so the second finds the account the first made and starts. */
    private void oneServerAtATime() {
        try (PreparedStatement lock = em.unwrap(Connection.class).prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, HostBootstrap.class.getName());
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot wait for the other servers starting", e);
        }
    }
}
