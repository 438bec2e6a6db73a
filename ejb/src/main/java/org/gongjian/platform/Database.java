package org.gongjian.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * The data sources: PostgreSQL as the application role, chosen by environment only so the same
 * build runs on the embedded default, in tests and against an external server.
 * <p>
 * The pool checks a connection ({@code SELECT 1}) before handing it out, unless it was checked in
 * the last two seconds, and, when one check fails, closes all of them: after a database restart the portal reconnects by itself
 * instead of serving closed connections. While the database is away, opening a connection gives
 * up after three seconds and a request waits at most five seconds for a free connection.
 * <p>
 * The second source is the optional read replica of the public pages ({@link ReadReplica}): a hot
 * standby at {@code GONGJIAN_REPLICA_URL}, same role and password. It is never enlisted in a
 * transaction (its connections are read-only and opened and ended by {@link ReplicaTransaction}),
 * and holds no connection until the replica is configured and asked.
 */
@DataSourceDefinitions({
        @DataSourceDefinition(
                name = Database.JNDI_NAME,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${ENV=GONGJIAN_DB_URL:jdbc:postgresql://localhost:55432/gongjian}",
                user = "${ENV=GONGJIAN_DB_USER:gongjian_app}",
                password = "${ENV=GONGJIAN_DB_PASSWORD:}",
                minPoolSize = 2,
                maxPoolSize = 40,
                properties = {
                        "ApplicationName=gongjian",
                        "connectTimeout=3",
                        "loginTimeout=5",
                        // a safety net for a peer that vanished without closing the socket; no query runs this long
                        "socketTimeout=300",
                        "tcpKeepAlive=true",
                        "fish.payara.is-connection-validation-required=true",
                        // a connection checked in the last two seconds is handed out unchecked: a burst of
                        // requests then costs no SELECT 1 each, and a restart is still noticed within two seconds
                        "fish.payara.validate-atmost-once-period-in-seconds=2",
                        "fish.payara.connection-validation-method=custom-validation",
                        "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                        "fish.payara.fail-all-connections=true",
                        "fish.payara.max-wait-time-in-millis=5000"}),
        @DataSourceDefinition(
                name = Database.REPLICA_JNDI_NAME,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${ENV=GONGJIAN_REPLICA_URL:jdbc:postgresql://localhost:55432/gongjian}",
                user = "${ENV=GONGJIAN_DB_USER:gongjian_app}",
                password = "${ENV=GONGJIAN_DB_PASSWORD:}",
                transactional = false,
                minPoolSize = 0,
                maxPoolSize = 40,
                properties = {
                        "ApplicationName=gongjian-replica",
                        "connectTimeout=3",
                        "loginTimeout=5",
                        "socketTimeout=300",
                        "tcpKeepAlive=true",
                        "readOnly=true",
                        "fish.payara.is-connection-validation-required=true",
                        "fish.payara.validate-atmost-once-period-in-seconds=2",
                        "fish.payara.connection-validation-method=custom-validation",
                        "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                        "fish.payara.fail-all-connections=true",
                        "fish.payara.max-wait-time-in-millis=2000"})})
@Singleton
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/gongjian";
    public static final String REPLICA_JNDI_NAME = "java:app/jdbc/gongjian-replica";
}
