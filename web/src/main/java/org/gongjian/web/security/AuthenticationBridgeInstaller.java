package org.gongjian.web.security;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Puts {@link AuthenticationBridge} in the place of Jakarta Security's own bridge, which its
 * container initialiser registered for this application before any listener runs: a second
 * registration for the same application replaces the first. Where the implementation's classes are
 * not visible to the application, its own bridge stays, slower but the same.
 */
@WebListener
public class AuthenticationBridgeInstaller implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(AuthenticationBridgeInstaller.class.getName());

    @Inject
    HttpAuthenticationMechanism mechanism;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            AuthConfigFactory.getFactory().registerServerAuthModule(new AuthenticationBridge(mechanism), event.getServletContext());
        } catch (LinkageError unavailable) {
            LOG.warning(() -> "Jakarta Security's own bridge kept: " + unavailable);
        }
    }
}
