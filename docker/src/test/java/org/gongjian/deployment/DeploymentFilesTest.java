package org.gongjian.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files in {@code docker/}: the image, the compose file with nginx, and the Kubernetes
 * manifests. Docker and Kubernetes cannot run here, so each file is parsed and held against what the
 * portal really reads, serves and listens on, taken from its sources and its README.
 */
class DeploymentFilesTest {

    /** The MicroProfile Health endpoints Payara Micro serves beside the portal (measured on 6.2025.10: all 200 once up). */
    private static final Set<String> HEALTH_PATHS = Set.of("/health", "/health/live", "/health/ready", "/health/started");
    private static final String PORTAL_DOCKERFILE = "docker/Dockerfile";
    private static final String SECRET_MANIFEST = "secret.yaml";
    private static final Pattern PASSWORD_OR_KEY = Pattern.compile("GONGJIAN_.*PASSWORD|GONGJIAN_SEALING_KEY");
    private static final Pattern REQUIRED_INTERPOLATION = Pattern.compile("\\$\\{[A-Z0-9_]+:\\?[^}]+}");

    private static final Dockerfile IMAGE = Dockerfile.parse(Repository.read(PORTAL_DOCKERFILE));
    private static final Map<String, Object> COMPOSE = new Yaml().load(Repository.read("docker/compose.yaml"));
    private static final List<Map<String, Object>> MANIFESTS = manifests();
    private static final NginxConfig NGINX = NginxConfig.parse(Repository.read("docker/nginx.conf"));
    private static final String LAUNCHER = Repository.read("docker/src/main/java/org/gongjian/launcher/Launcher.java");

    @Test
    void everyDeploymentFileParses() throws IOException {
        assertEquals("FROM", IMAGE.finalStage().get(0).keyword(), "the Dockerfile starts its image with FROM");
        assertFalse(services().isEmpty(), "compose.yaml has services");
        for (Map<String, Object> manifest : MANIFESTS) {
            assertNotNull(manifest.get("apiVersion"), manifest.toString());
            assertNotNull(manifest.get("kind"), manifest.toString());
            assertNotNull(string(manifest, "metadata", "name"), manifest.toString());
        }
        assertEquals(1, NGINX.all("", "http").size(), "nginx.conf has one http block");

        Map<String, Object> kustomization = new Yaml().load(Repository.read("docker/k8s/kustomization.yaml"));
        Set<String> files = new TreeSet<>();
        try (Stream<Path> yaml = Files.list(Repository.DOCKER.resolve("k8s"))) {
            yaml.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .forEach(files::add);
        }
        files.remove(SECRET_MANIFEST);
        assertEquals(files, new TreeSet<>(list(kustomization, "resources")),
                "kustomization.yaml applies every manifest in docker/k8s but the Secret, whose values are empty here");
    }

    @Test
    void everyVariableTheFilesSetIsOneThePortalReads() {
        Set<String> read = PortalVariables.read();
        Map<String, Set<String>> unknown = new TreeMap<>();
        IMAGE.environment().keySet().forEach(name -> setBy(unknown, name, PORTAL_DOCKERFILE));
        portalServices().forEach((service, definition) ->
                environment(definition).keySet().forEach(name -> setBy(unknown, name, "compose.yaml " + service)));
        for (Map<String, Object> container : containers()) {
            assertFalse(container.containsKey("envFrom"), "variables are named one by one, so they can be checked: " + container.get("name"));
            for (Map<String, Object> variable : maps(container, "env")) {
                setBy(unknown, (String) variable.get("name"), "k8s container " + container.get("name"));
            }
        }
        assertTrue(unknown.size() > 5, "variables found in the files: " + unknown);
        unknown.keySet().removeAll(read);
        assertEquals(Map.of(), unknown, "set in the deployment files but read by neither the portal nor the launcher"
                + " (read: " + read + ")");
    }

    @Test
    void everyVariableTheReadmeNamesIsOneThePortalReads() {
        Set<String> named = new TreeSet<>();
        Matcher variable = Pattern.compile("`(GONGJIAN_[A-Z0-9_]+)`").matcher(Repository.read("README.md"));
        while (variable.find()) {
            named.add(variable.group(1));
        }
        assertTrue(named.size() > 5, named.toString());
        named.removeAll(PortalVariables.read());
        assertEquals(Set.of(), named, "named in README.md but read by neither the portal nor the launcher");
    }

    @Test
    void theImageStartsTheLauncherWithTheCommandTheReadmeDocuments() {
        String readme = Repository.read("README.md");
        Matcher documented = Pattern.compile("## The two commands.*?```bash\\n(.+?)\\n```", Pattern.DOTALL).matcher(readme);
        assertTrue(documented.find(), "README.md shows the start command under \"The two commands\"");
        String command = documented.group(1).strip();

        assertEquals(Arrays.asList(command.split("\\s+")), IMAGE.execForm("ENTRYPOINT"), "the image's start command");
        assertEquals(List.of(), IMAGE.execForm("CMD"), "nothing is appended to the documented command");
        portalServices().forEach((service, definition) -> {
            assertFalse(definition.containsKey("entrypoint"), service + " keeps the image's command");
            assertFalse(definition.containsKey("command"), service + " keeps the image's command");
        });
        for (Map<String, Object> container : containers()) {
            assertFalse(container.containsKey("command") || container.containsKey("args"), "the container keeps the image's command");
        }

        // what run.sh and the launcher look for, relative to the folder the command runs in
        String runScript = Repository.read("docker/run.sh");
        Set<String> needed = new TreeSet<>(List.of(command.split("\\s+")[1]));
        needed.add(group(runScript, "\\nwar=(\\S+)"));
        needed.add(group(runScript, "\\nlauncher=(\\S+)"));
        needed.add(group(runScript, "-cp \"\\$launcher:([^*\"]+?)/\\*\""));
        Matcher required = Pattern.compile("requireFile\\(\"[^\"]+\", \"([^\"]+)\"\\)").matcher(LAUNCHER);
        while (required.find()) {
            needed.add(required.group(1));
        }
        Path workdir = Path.of(last(IMAGE.all("WORKDIR")));
        Set<Path> copied = new TreeSet<>();
        for (String copy : IMAGE.all("COPY")) {
            List<String> words = Arrays.stream(copy.split("\\s+")).filter(word -> !word.startsWith("--")).toList();
            List<String> sources = words.subList(0, words.size() - 1);
            Path target = workdir.resolve(words.get(words.size() - 1));
            for (String source : sources) {
                copied.add(words.get(words.size() - 1).endsWith("/") ? target.resolve(Path.of(source).getFileName()) : target);
            }
        }
        for (String file : needed) {
            assertTrue(copied.contains(workdir.resolve(file)), file + " is copied into the image under " + workdir + ": " + copied);
        }
    }

    @Test
    void theImageAndThePodsRunAsAnUnprivilegedUser() {
        String user = last(IMAGE.all("USER"));
        assertTrue(user.matches("\\d+(:\\d+)?"), "a numeric user, so runAsNonRoot can check it: " + user);
        long uid = Long.parseLong(user.split(":")[0]);
        assertNotEquals(0L, uid, "not root");

        Map<String, Object> security = map(podSpec(), "securityContext");
        assertEquals(Boolean.TRUE, security.get("runAsNonRoot"));
        assertEquals(uid, ((Number) security.get("runAsUser")).longValue(), "the pods run as the image's user");
        portalServices().forEach((service, definition) -> assertFalse(definition.containsKey("user"), service + " keeps the image's user"));
    }

    @Test
    void clusterFilesUseAnExternalDatabaseAndNoDemoData() {
        assertFalse(IMAGE.environment().containsKey("GONGJIAN_DEMO_DATA"), "the image leaves demo data to the launcher's rule");
        List<Map<String, String>> environments = new ArrayList<>();
        portalServices().values().forEach(definition -> environments.add(environment(definition)));
        environments.add(containerEnvironment());
        for (Map<String, String> environment : environments) {
            assertTrue(environment.getOrDefault("GONGJIAN_DB_URL", "").startsWith("jdbc:postgresql://"), environment.toString());
            assertEquals("false", environment.get("GONGJIAN_DEMO_DATA"));
            assertNotNull(environment.get("GONGJIAN_DB_OWNER_USER"), "migrations run at start-up");
        }
    }

    @Test
    void passwordsAndTheSealingKeyComeFromSecretsNotFromTheRepository() {
        portalServices().forEach((service, definition) -> {
            Map<String, String> environment = environment(definition);
            environment.forEach((name, value) -> {
                if (PASSWORD_OR_KEY.matcher(name).matches()) {
                    assertTrue(REQUIRED_INTERPOLATION.matcher(value).matches(), service + " " + name + " comes from docker/.env: " + value);
                }
            });
            List<String> secretTargets = maps(definition, "secrets").stream().map(secret -> (String) secret.get("target")).toList();
            assertTrue(secretTargets.contains(environment.get("GONGJIAN_SEALING_KEY_FILE")), service + " reads the key from a compose secret");
        });
        for (Object secret : map(COMPOSE, "secrets").values()) {
            String file = (String) ((Map<?, ?>) secret).get("file");
            String path = "docker/" + Path.of(file).normalize();
            assertTrue(Repository.read(".gitignore").lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                            .anyMatch(line -> path.startsWith(line.replaceFirst("^/", ""))),
                    file + " is kept out of git by .gitignore");
        }

        Map<String, Object> secret = only("Secret");
        Map<String, Object> values = map(secret, "stringData");
        values.forEach((key, value) -> assertEquals("", value, "no secret value in the repository: " + key));
        for (Map<String, Object> variable : maps(container(), "env")) {
            String name = (String) variable.get("name");
            if (PASSWORD_OR_KEY.matcher(name).matches()) {
                Map<String, Object> reference = map(variable, "valueFrom", "secretKeyRef");
                assertEquals(string(secret, "metadata", "name"), reference.get("name"), name);
                assertTrue(values.containsKey((String) reference.get("key")), name + " names a key of the Secret");
            }
        }
        String keyFile = containerEnvironment().get("GONGJIAN_SEALING_KEY_FILE");
        assertNotNull(keyFile, "the key is given as a file");
        Map<String, Object> mount = mountOf(keyFile);
        Map<String, Object> volume = volume((String) mount.get("name"));
        assertEquals(string(secret, "metadata", "name"), string(volume, "secret", "secretName"));
        String item = Path.of(mount.get("mountPath").toString()).relativize(Path.of(keyFile)).toString();
        assertTrue(maps(map(volume, "secret"), "items").stream().anyMatch(i -> item.equals(i.get("path")) && values.containsKey((String) i.get("key"))),
                keyFile + " is an item of the Secret");
    }

    @Test
    void probesAndPortsAreThePortals() {
        String httpPort = group(LAUNCHER, "port\\(\"GONGJIAN_HTTP_PORT\", \"(\\d+)\"\\)");
        String awaited = group(LAUNCHER, "\"(/health/[a-z]+)\"");
        boolean readinessCheck = Repository.mainSources().stream()
                .filter(file -> file.toString().endsWith(".java"))
                .anyMatch(file -> Repository.read(file).contains("@Readiness"));
        assertTrue(readinessCheck, "the portal has a MicroProfile readiness check behind " + awaited);

        Map<String, Object> container = container();
        assertFalse(containerEnvironment().containsKey("GONGJIAN_HTTP_PORT"));
        Map<String, Integer> ports = new LinkedHashMap<>();
        maps(container, "ports").forEach(port -> ports.put((String) port.get("name"), (Integer) port.get("containerPort")));
        assertEquals(Integer.valueOf(httpPort), ports.get("http"), "the container's HTTP port is the launcher's");
        assertEquals(awaited, string(container, "readinessProbe", "httpGet", "path"), "ready as the launcher waits for it");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertTrue(HEALTH_PATHS.contains(string(container, probe, "httpGet", "path")), probe);
            assertEquals("http", string(container, probe, "httpGet", "port"), probe);
        }
        assertEquals("/health/live", string(container, "livenessProbe", "httpGet", "path"));
        Map<String, Object> httpService = MANIFESTS.stream()
                .filter(m -> "Service".equals(m.get("kind")) && !"None".equals(string(m, "spec", "clusterIP")))
                .findFirst().orElseThrow();
        assertEquals("http", maps(map(httpService, "spec"), "ports").get(0).get("targetPort"));

        assertTrue(Arrays.asList(last(IMAGE.all("EXPOSE")).split("\\s+")).contains(httpPort), "the image exposes the HTTP port");
        portalServices().forEach((service, definition) -> {
            String healthcheck = String.join(" ", list(definition, "healthcheck", "test"));
            assertTrue(healthcheck.contains("/" + httpPort + " ") && healthcheck.contains("GET " + awaited + " "), service + ": " + healthcheck);
            assertFalse(environment(definition).containsKey("GONGJIAN_HTTP_PORT"));
        });
    }

    @Test
    void theServersFormOneDataGrid() {
        Map<String, Map<String, Object>> portals = portalServices();
        assertTrue(portals.size() >= 2, "at least two portal servers: " + portals.keySet());
        Set<String> members = new TreeSet<>();
        portals.forEach((service, definition) -> {
            Map<String, String> environment = environment(definition);
            members.add(Objects.requireNonNullElse((String) definition.get("hostname"), service) + ":" + environment.get("GONGJIAN_CLUSTER_PORT"));
            assertTrue(Arrays.asList(last(IMAGE.all("EXPOSE")).split("\\s+")).contains(environment.get("GONGJIAN_CLUSTER_PORT")));
        });
        for (Map<String, Object> definition : portals.values()) {
            String cluster = environment(definition).get("GONGJIAN_CLUSTER");
            assertTrue(cluster.startsWith("tcpip:"), cluster);
            assertEquals(members, new TreeSet<>(List.of(cluster.substring("tcpip:".length()).split(","))), "every server lists every server");
        }
        assertEquals(1, portals.values().stream().map(d -> environment(d).get("GONGJIAN_CLUSTER_NAME")).distinct().count(), "one cluster name");

        Map<String, Object> deployment = only("Deployment");
        assertTrue(((Number) map(deployment, "spec").get("replicas")).intValue() >= 2, "at least two replicas");
        Map<String, String> environment = containerEnvironment();
        Matcher kubernetes = Pattern.compile("kubernetes:([a-z0-9-]+),([a-z0-9-]+)").matcher(environment.get("GONGJIAN_CLUSTER"));
        assertTrue(kubernetes.matches(), environment.get("GONGJIAN_CLUSTER"));
        for (Map<String, Object> manifest : MANIFESTS) {
            if (!"Namespace".equals(manifest.get("kind"))) {
                assertEquals(kubernetes.group(1), string(manifest, "metadata", "namespace"), "in the namespace the grid searches: " + manifest.get("kind"));
            }
        }
        Map<String, Object> grid = MANIFESTS.stream()
                .filter(m -> "Service".equals(m.get("kind")) && kubernetes.group(2).equals(string(m, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("no Service " + kubernetes.group(2)));
        assertEquals("None", string(grid, "spec", "clusterIP"), "headless, so its endpoints are the pods");
        assertEquals(Boolean.TRUE, map(grid, "spec").get("publishNotReadyAddresses"), "servers join the grid before they are ready");
        assertEquals(map(deployment, "spec", "template", "metadata", "labels"), map(grid, "spec", "selector"));
        assertEquals(Integer.valueOf(environment.get("GONGJIAN_CLUSTER_PORT")), maps(map(grid, "spec"), "ports").get(0).get("port"));

        String account = (String) podSpec().get("serviceAccountName");
        Map<String, Object> binding = only("RoleBinding");
        assertTrue(maps(binding, "subjects").stream().anyMatch(s -> account.equals(s.get("name"))), "discovery may read the API");
        Map<String, Object> role = only("Role");
        assertEquals(string(role, "metadata", "name"), string(binding, "roleRef", "name"));
        assertTrue(maps(role, "rules").stream().anyMatch(rule -> list(rule, "resources").contains("endpoints") && list(rule, "verbs").contains("list")));
    }

    @Test
    void attachmentsLieOnOneVolumeEveryServerShares() {
        Set<String> volumes = new TreeSet<>();
        portalServices().forEach((service, definition) -> {
            String folder = environment(definition).get("GONGJIAN_ATTACHMENTS");
            List<String> mounts = list(definition, "volumes").stream().filter(v -> v.endsWith(":" + folder)).toList();
            assertEquals(1, mounts.size(), service + " mounts " + folder);
            volumes.add(mounts.get(0).split(":")[0]);
        });
        assertEquals(1, volumes.size(), "one volume for every server: " + volumes);
        assertTrue(map(COMPOSE, "volumes").containsKey(volumes.iterator().next()), "a named volume, not one server's folder");

        Map<String, Object> volume = volume((String) mountOf(containerEnvironment().get("GONGJIAN_ATTACHMENTS")).get("name"));
        String claim = string(volume, "persistentVolumeClaim", "claimName");
        Map<String, Object> pvc = MANIFESTS.stream()
                .filter(m -> "PersistentVolumeClaim".equals(m.get("kind")) && claim.equals(string(m, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("no claim " + claim));
        assertEquals(List.of("ReadWriteMany"), list(pvc, "spec", "accessModes"));
    }

    @Test
    void nginxSpreadsRequestsOverEveryPortalServer() {
        String httpPort = group(LAUNCHER, "port\\(\"GONGJIAN_HTTP_PORT\", \"(\\d+)\"\\)");
        List<List<String>> upstreams = NGINX.all("http", "upstream");
        assertEquals(1, upstreams.size());
        String upstream = upstreams.get(0).get(0);
        Set<String> servers = new TreeSet<>();
        NGINX.all("http > upstream " + upstream, "server").forEach(server -> servers.add(server.get(0)));
        Set<String> portals = new TreeSet<>();
        portalServices().forEach((service, definition) ->
                portals.add(Objects.requireNonNullElse((String) definition.get("hostname"), service) + ":" + httpPort));
        assertEquals(portals, servers, "nginx sends to every portal server, on the portal's port");
        assertEquals(List.of(List.of("http://" + upstream)), NGINX.all("http > server > location /", "proxy_pass"));

        Map<String, Object> nginx = map(COMPOSE, "services", "nginx");
        assertTrue(list(nginx, "volumes").contains("./nginx.conf:/etc/nginx/nginx.conf:ro"));
        String listen = NGINX.all("http > server", "listen").get(0).get(0);
        assertTrue(list(nginx, "ports").stream().anyMatch(p -> p.endsWith(":" + listen)), "compose publishes nginx's port " + listen);
        String proxyAddress = string(nginx, "networks", "grid", "ipv4_address");
        portalServices().forEach((service, definition) ->
                assertEquals(proxyAddress, environment(definition).get("GONGJIAN_TRUSTED_PROXIES"), service + " trusts nginx's X-Forwarded-For"));
        Set<String> forwarded = new TreeSet<>();
        NGINX.all("http > server > location /", "proxy_set_header").forEach(header -> forwarded.add(header.get(0)));
        assertTrue(forwarded.containsAll(Set.of("X-Forwarded-For", "X-Forwarded-Proto", "Host")), forwarded.toString());
    }

    /** nginx itself checks the file where it is installed; the compose host names resolve only inside compose's network. */
    @Test
    void nginxAcceptsItsConfiguration(@TempDir Path directory) throws IOException, InterruptedException {
        Path nginx = Path.of("/usr/sbin/nginx");
        assumeTrue(Files.isExecutable(nginx), "nginx is not installed; the structure is checked above");
        String configuration = Repository.read("docker/nginx.conf");
        for (String service : portalServices().keySet()) {
            configuration = configuration.replace(" " + service + ":", " 127.0.0.1:");
        }
        Path file = Files.writeString(directory.resolve("nginx.conf"), configuration);
        Process test = new ProcessBuilder(nginx.toString(), "-t", "-p", directory.toString(), "-c", file.toString(), "-e", "stderr")
                .redirectErrorStream(true).start();
        assertTrue(test.waitFor(30, TimeUnit.SECONDS));
        String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, test.exitValue(), output);
        assertTrue(output.contains("test is successful"), output);
    }

    @Test
    void kubectlBuildsTheManifests() throws IOException, InterruptedException {
        Path kubectl = Stream.of("/usr/bin/kubectl", "/usr/local/bin/kubectl").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(kubectl != null, "kubectl is not installed; the manifests are parsed above");
        Process build = new ProcessBuilder(kubectl.toString(), "kustomize", Repository.DOCKER.resolve("k8s").toString())
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, build.exitValue(), output);
        int documents = 0;
        for (Object ignored : new Yaml().loadAll(output)) {
            documents++;
        }
        assertEquals(MANIFESTS.size() - 1, documents, "kubectl builds every manifest but the Secret: " + output);
    }

    private static void setBy(Map<String, Set<String>> variables, String name, String where) {
        variables.computeIfAbsent(name, n -> new TreeSet<>()).add(where);
    }

    private static List<Map<String, Object>> manifests() {
        List<Map<String, Object>> manifests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Repository.DOCKER.resolve("k8s"))) {
            for (Path file : files.sorted().toList()) {
                if (file.toString().endsWith(".yaml") && !file.endsWith("kustomization.yaml")) {
                    for (Object document : new Yaml().loadAll(Files.readString(file))) {
                        manifests.add(cast(document));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return manifests;
    }

    private static Map<String, Object> services() {
        return map(COMPOSE, "services");
    }

    /** The compose services that run the portal image (built from docker/Dockerfile). */
    private static Map<String, Map<String, Object>> portalServices() {
        Map<String, Map<String, Object>> portals = new TreeMap<>();
        services().forEach((name, definition) -> {
            Map<String, Object> service = cast(definition);
            if (service.get("build") instanceof Map<?, ?> build && PORTAL_DOCKERFILE.equals(build.get("dockerfile"))) {
                portals.put(name, service);
            }
        });
        return portals;
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new TreeMap<>();
        map(service, "environment").forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    private static Map<String, Object> only(String kind) {
        List<Map<String, Object>> found = MANIFESTS.stream().filter(m -> kind.equals(m.get("kind"))).toList();
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    private static Map<String, Object> podSpec() {
        return map(only("Deployment"), "spec", "template", "spec");
    }

    private static List<Map<String, Object>> containers() {
        return maps(podSpec(), "containers");
    }

    private static Map<String, Object> container() {
        assertEquals(1, containers().size());
        return containers().get(0);
    }

    private static Map<String, String> containerEnvironment() {
        Map<String, String> environment = new TreeMap<>();
        maps(container(), "env").forEach(v -> environment.put((String) v.get("name"), v.containsKey("value") ? String.valueOf(v.get("value")) : null));
        return environment;
    }

    private static Map<String, Object> mountOf(String file) {
        return maps(container(), "volumeMounts").stream()
                .filter(mount -> Path.of(file).startsWith(Path.of((String) mount.get("mountPath"))))
                .findFirst().orElseThrow(() -> new AssertionError(file + " lies on no volume"));
    }

    private static Map<String, Object> volume(String name) {
        return maps(podSpec(), "volumes").stream().filter(v -> name.equals(v.get("name"))).findFirst().orElseThrow();
    }

    private static String group(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), "not found: " + regex);
        return matcher.group(1);
    }

    private static String last(List<String> values) {
        assertFalse(values.isEmpty());
        return values.get(values.size() - 1);
    }

    private static Map<String, Object> map(Map<String, Object> from, String... path) {
        Object value = from;
        for (String key : path) {
            assertTrue(value instanceof Map<?, ?>, "no " + String.join(".", path));
            value = ((Map<?, ?>) value).get(key);
        }
        assertTrue(value instanceof Map<?, ?>, "no " + String.join(".", path) + " in " + from);
        return cast(value);
    }

    private static String string(Map<String, Object> from, String... path) {
        Map<String, Object> parent = path.length == 1 ? from : map(from, Arrays.copyOf(path, path.length - 1));
        Object value = parent.get(path[path.length - 1]);
        return value == null ? null : value.toString();
    }

    private static List<String> list(Map<String, Object> from, String... path) {
        Map<String, Object> parent = path.length == 1 ? from : map(from, Arrays.copyOf(path, path.length - 1));
        Object value = parent.get(path[path.length - 1]);
        assertTrue(value instanceof List<?>, "no list " + String.join(".", path));
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static List<Map<String, Object>> maps(Map<String, Object> from, String key) {
        Object value = from.get(key);
        if (value == null) {
            return List.of();
        }
        assertTrue(value instanceof List<?>, key);
        return ((List<?>) value).stream().map(DeploymentFilesTest::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        assertTrue(value instanceof Map<?, ?>, String.valueOf(value));
        return (Map<String, Object>) value;
    }
}
