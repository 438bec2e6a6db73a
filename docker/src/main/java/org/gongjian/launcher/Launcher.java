package org.gongjian.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Starts the portal with no setup: an embedded PostgreSQL (unless GONGJIAN_DB_URL points to one)
 * and Payara Micro running the portal WAR as a child process. Arguments are passed on to Payara Micro.
 */
public final class Launcher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String DEFAULT_DEMO_PASSWORD = "Gongjian-demo-2026";
    private static final String BUILD_HINT = "run: bash docker/run.sh";
    private static final String ACCOUNTS_QUERY = """
            select a.login, a.display_name, coalesce(t.name_zh, '市委组织部')
            from account a left join tenant t on t.id = a.tenant_id
            order by a.id""";
    private static final String UNDEFINED_TABLE = "42P01";
    static final String LOOPBACK = "127.0.0.1";
    private static final String ALL_INTERFACES = "0.0.0.0";
    private static final String HTTP_LISTENER_ADDRESS =
            "configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address";
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:-]*");

    private volatile EmbeddedDatabase database;
    private volatile Process portal;

    public static void main(String[] args) {
        // zonky logs through SLF4J; only its warnings matter here (must be set before the first logger)
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int exitCode;
        try {
            exitCode = new Launcher().run(args);
        } catch (IllegalStateException | IOException | SQLException e) {
            System.err.println("错误 / Error: " + e.getMessage());
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("  caused by: " + cause);
            }
            exitCode = 1;
        } catch (InterruptedException e) {
            exitCode = 130;
        }
        System.exit(exitCode);
    }

    private int run(String[] args) throws IOException, SQLException, InterruptedException {
        Path home = Path.of(env("GONGJIAN_HOME", "data")).toAbsolutePath().normalize();
        int httpPort = port("GONGJIAN_HTTP_PORT", "8080");
        Path war = requireFile("gongjian.war", "web/target/gongjian.war");
        Path microJar = requireFile("gongjian.micro", "docker/target/payara-micro.jar");
        requireFreeHttpPort(httpPort);
        List<String> cluster = ClusterArguments.of(System.getenv());
        Path tmp = Files.createDirectories(home.resolve("tmp"));
        Path sealingKey = SealingKeyFile.provide(System.getenv(), home);

        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "gongjian-launcher-stop"));

        DatabaseCoordinates coordinates;
        String externalUrl = System.getenv("GONGJIAN_DB_URL");
        boolean external = externalUrl != null && !externalUrl.isBlank();
        if (!external && !cluster.contains("--nocluster")) {
            throw new IllegalStateException("集群中的每台服务器须共用一个数据库，请设置 GONGJIAN_DB_URL。"
                    + " / The servers of a cluster share one database: set GONGJIAN_DB_URL with " + ClusterArguments.MODE + ".");
        }
        if (external) {
            coordinates = new DatabaseCoordinates(externalUrl,
                    System.getenv("GONGJIAN_DB_OWNER_USER"), System.getenv("GONGJIAN_DB_OWNER_PASSWORD"),
                    System.getenv("GONGJIAN_DB_USER"), System.getenv("GONGJIAN_DB_PASSWORD"));
            System.out.println("使用外部数据库 / Using external database: " + externalUrl);
        } else {
            Path dataDirectory = home.resolve("postgres");
            System.out.println("启动内置 PostgreSQL / Starting embedded PostgreSQL: " + dataDirectory);
            database = EmbeddedDatabase.start(dataDirectory, port("GONGJIAN_DB_PORT", "55432"));
            coordinates = database.coordinates();
        }

        boolean embedded = database != null;
        String demoData = env("GONGJIAN_DEMO_DATA", embedded ? "true" : "false");
        String demoPassword = env("GONGJIAN_DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD);
        boolean demoWritten = demoDataAllowed(demoData, embedded);
        if (!embedded && "true".equalsIgnoreCase(demoData.strip())) {
            System.out.println("警告：演示数据不会写入外部数据库；确需写入请设 GONGJIAN_DEMO_DATA=force。"
                    + " / Warning: demo data are refused on an external database (their accounts share a published"
                    + " password); set GONGJIAN_DEMO_DATA=force to write them anyway.");
        }
        String bind = bindAddress(System.getenv("GONGJIAN_HTTP_BIND"), demoData);
        Path preboot = preBootCommands(tmp, "set " + HTTP_LISTENER_ADDRESS + "=" + bind);

        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx1g", "-Djava.io.tmpdir=" + tmp,
                "-jar", microJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(httpPort), "--prebootcommandfile", preboot.toString()));
        command.addAll(cluster);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        putIfPresent(environment, "GONGJIAN_DB_URL", coordinates.jdbcUrl());
        putIfPresent(environment, "GONGJIAN_DB_USER", coordinates.appUser());
        putIfPresent(environment, "GONGJIAN_DB_PASSWORD", coordinates.appPassword());
        putIfPresent(environment, "GONGJIAN_DB_OWNER_USER", coordinates.ownerUser());
        putIfPresent(environment, "GONGJIAN_DB_OWNER_PASSWORD", coordinates.ownerPassword());
        environment.put("GONGJIAN_DEMO_DATA", demoData);
        environment.put("GONGJIAN_DB_EMBEDDED", Boolean.toString(embedded));
        environment.put("GONGJIAN_DEMO_PASSWORD", demoPassword);
        environment.putIfAbsent("GONGJIAN_ATTACHMENTS", home.resolve("attachments").toString());
        if (sealingKey != null) {
            environment.put(SealingKeyFile.FILE_VARIABLE, sealingKey.toString());
        }

        System.out.println("启动 Payara Micro / Starting Payara Micro: " + war);
        portal = builder.start();

        if (awaitReady(portal, httpPort)) {
            printBanner(httpPort, bind, home, coordinates, demoData, demoWritten, demoPassword,
                    SealingKeyFile.describe(System.getenv(), sealingKey));
        } else if (portal.isAlive()) {
            System.out.println("警告：门户 " + READY_TIMEOUT.toSeconds() + " 秒内未就绪，请查看上面的日志。"
                    + " / Warning: the portal is not ready after " + READY_TIMEOUT.toSeconds()
                    + " s; see the log above. Still waiting for Payara Micro.");
        }
        return portal.waitFor();
    }

    /**
     * The settings Payara Micro takes before it starts, as a file for its {@code --prebootcommandfile}:
     * the fixed ones (responses that never reach the portal, a malformed request, name no product
     * either), then the given ones.
     */
    static Path preBootCommands(Path directory, String... more) throws IOException {
        try (InputStream commands = Launcher.class.getResourceAsStream("pre-boot-commands.txt")) {
            Path file = directory.resolve("preboot-commands.txt");
            Files.writeString(file, new String(commands.readAllBytes(), StandardCharsets.UTF_8) + String.join("\n", more) + "\n");
            return file;
        }
    }

    /** True once /health/ready answers 200; false if Payara Micro exits first or the timeout passes. */
    private static boolean awaitReady(Process portal, int httpPort) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (portal.waitFor(1, TimeUnit.SECONDS)) {
                return false;
            }
        }
        return false;
    }

    private void printBanner(int httpPort, String bind, Path home, DatabaseCoordinates coordinates,
                             String demoSetting, boolean demoData, String demoPassword, String sealingKey) {
        String line = "=".repeat(72);
        StringBuilder banner = new StringBuilder()
                .append('\n').append(line).append('\n')
                .append("  Gongjian 门户已启动 / The portal is running\n")
                .append("  地址 / URL:  http://localhost:").append(httpPort).append("/\n")
                .append("  监听 / Listening on:  ").append(bind).append(':').append(httpPort)
                .append(LOOPBACK.equals(bind) ? "（仅本机 / this machine only; GONGJIAN_HTTP_BIND）" : "").append('\n');
        if (demoData) {
            banner.append("  演示账号 / Demo accounts (密码 / password: ").append(demoPassword).append(")\n");
            for (String account : demoAccounts(coordinates)) {
                banner.append("    ").append(account).append('\n');
            }
        } else {
            banner.append("  无演示数据 / No demo data (GONGJIAN_DEMO_DATA=").append(demoSetting).append(")\n");
        }
        banner.append("  数据库 / Database:  ").append(coordinates.jdbcUrl()).append('\n');
        if (database != null) {
            banner.append("  数据库口令 / Database passwords:  ")
                    .append(home.resolve(EmbeddedDatabase.CREDENTIALS_FILE)).append('\n');
        }
        banner.append("  竞标密封密钥 / Bid-sealing key:  ").append(sealingKey).append('\n')
                .append("    须随数据库一并备份，但与数据库转储分开存放；密钥丢失，已密封的竞标方案将永远无法开启。\n")
                .append("    Back it up with the database, apart from its dumps: bids sealed under a lost key can never be opened.\n");
        banner.append("  停止 / Stop:  Ctrl+C\n").append(line).append('\n');
        System.out.println(banner);
    }

    private static List<String> demoAccounts(DatabaseCoordinates coordinates) {
        Properties login = new Properties();
        // the owner may read every tenant's rows; fall back to the application role if no owner is configured
        boolean hasOwner = coordinates.ownerUser() != null && !coordinates.ownerUser().isBlank();
        putIfPresent(login, "user", hasOwner ? coordinates.ownerUser() : coordinates.appUser());
        putIfPresent(login, "password", hasOwner ? coordinates.ownerPassword() : coordinates.appPassword());
        login.setProperty("connectTimeout", "5");

        List<String> accounts = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(coordinates.jdbcUrl(), login);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(ACCOUNTS_QUERY)) {
            while (rows.next()) {
                accounts.add(String.format("%-20s %s · %s", rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return List.of("（账号表尚未建立 / no account table yet: the portal creates it on first start）");
            }
            return List.of("（无法读取账号 / could not read the accounts: " + e.getMessage() + "）");
        }
        if (accounts.isEmpty()) {
            return List.of("（尚无账号 / no accounts yet）");
        }
        return accounts;
    }

    /** Stops Payara Micro first, so the portal never loses its database while it shuts down. */
    private void stop() {
        Process child = portal;
        if (child != null && child.isAlive()) {
            child.destroy();
            try {
                if (!child.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                    child.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        }
        EmbeddedDatabase embedded = database;
        if (embedded != null) {
            embedded.close();
        }
    }

    /**
     * Demo accounts share a published password: with demo data on, the portal listens on this
     * machine only unless GONGJIAN_HTTP_BIND says otherwise.
     */
    static String bindAddress(String configured, String demoData) {
        if (configured != null && !configured.isBlank()) {
            String address = configured.strip();
            if (!ADDRESS.matcher(address).matches()) {
                throw new IllegalStateException("GONGJIAN_HTTP_BIND must be an IP address or host name, not: " + configured);
            }
            return address;
        }
        return "false".equalsIgnoreCase(demoData.strip()) ? ALL_INTERFACES : LOOPBACK;
    }

    /** Mirrors the portal's own rule (DemoDataChoice), which refuses what this does not allow. */
    static boolean demoDataAllowed(String demoData, boolean embeddedDatabase) {
        String value = demoData.strip();
        return "force".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value) && embeddedDatabase;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Path requireFile(String property, String defaultPath) {
        Path file = Path.of(System.getProperty(property, defaultPath)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("找不到 / Missing " + file + " (system property " + property
                    + "). Build the portal first; " + BUILD_HINT);
        }
        return file;
    }

    private static void requireFreeHttpPort(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (BindException e) {
            throw new IllegalStateException("端口已被占用 / Port " + port + " is already in use; set GONGJIAN_HTTP_PORT.", e);
        }
    }

    private static int port(String variable, String fallback) {
        String value = env(variable, fallback);
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(variable + " must be a port number (1-65535), not: " + value);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void putIfPresent(Map<? super String, ? super String> target, String key, String value) {
        if (value != null) {
            target.put(key, value);
        }
    }
}
