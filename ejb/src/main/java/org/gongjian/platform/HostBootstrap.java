package org.gongjian.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.gongjian.account.control.PasswordHasher;
import org.gongjian.account.entity.Account;
import org.gongjian.audit.control.Audit;

/**
 * Gives a new installation its first host admin: when no host admin exists and
 * {@code GONGJIAN_HOST_ADMIN_LOGIN} and {@code GONGJIAN_HOST_ADMIN_PASSWORD} are set, that account
 * is created. The operator chose the password, so no change is forced; it must meet the rule.
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
        if (login == null || login.isBlank() || password == null
                || em.createQuery("select count(a) from Account a where a.hostAdmin = true", Long.class).getSingleResult() > 0) {
            return;
        }
        String hash = passwords.hashChosen(password);
        Account admin = Account.hostAdmin(login, "市委组织部管理员", hash);
        admin.changePassword(hash);
        em.persist(admin);
        em.flush();
        audit.recordFor(null, "account.create", "account", admin.getId(), null, admin.snapshot());
        LOG.info(() -> "first host admin created: " + login);
    }
}
