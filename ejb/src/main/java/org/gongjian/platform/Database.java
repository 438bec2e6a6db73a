package org.gongjian.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source: PostgreSQL as the application role, chosen by environment only so the same
 * build runs on the embedded default, in tests and against an external server.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${ENV=GONGJIAN_DB_URL:jdbc:postgresql://localhost:55432/gongjian}",
        user = "${ENV=GONGJIAN_DB_USER:gongjian_app}",
        password = "${ENV=GONGJIAN_DB_PASSWORD:}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {"ApplicationName=gongjian"})
@Singleton
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/gongjian";
}
