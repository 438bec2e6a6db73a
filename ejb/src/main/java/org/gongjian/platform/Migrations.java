package org.gongjian.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the current version at start-up, connected as the owner role. Without
 * owner credentials in the environment the schema is left to the operator (see the README).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @PostConstruct
    void migrate() {
        Map<String, String> env = System.getenv();
        String owner = env.get("GONGJIAN_DB_OWNER_USER");
        if (owner == null || owner.isBlank()) {
            LOG.info("GONGJIAN_DB_OWNER_USER is not set: schema migrations are left to the operator");
            return;
        }
        String url = env.getOrDefault("GONGJIAN_DB_URL", "jdbc:postgresql://localhost:55432/gongjian");
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(url, owner, env.getOrDefault("GONGJIAN_DB_OWNER_PASSWORD", ""))
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", env.getOrDefault("GONGJIAN_DB_USER", "gongjian_app")))
                .load()
                .migrate();
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
    }
}
