import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claim storm: every organisation of the storm tenant signs in first (replacing its first
 * password), then all of them claim at once, one request each, through the real endpoint
 * POST /api/v1/t/{code}/items/{itemId}/claims, spread over the board's items.
 * <p>
 * Arguments: {@code signin} base URL, claimants file (login TAB first password), sign-in workers,
 * cookies file; then {@code fire} base URL, cookies file, tenant code. Prints key=value lines.
 */
public final class Storm {

    public static void main(String[] args) {
        Session.exitAfter(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        if (args[0].equals("signin")) {
            signIn(base, Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        } else {
            fire(base, Files.readAllLines(Path.of(args[2])), args[3]);
        }
    }

    /** Signs every organisation in beforehand and keeps its session cookie, one a line. */
    private static void signIn(URI base, Path claimantsFile, int workers, Path cookiesFile) throws Exception {
        List<String[]> claimants = Files.readAllLines(claimantsFile).stream()
                .filter(line -> !line.isBlank()).map(line -> line.split("\t")).toList();
        long signInStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<String>> signedIn = new ArrayList<>();
        for (String[] claimant : claimants) {
            signedIn.add(pool.submit(() -> {
                Session session = new Session(base);
                if (claimant.length > 2) {
                    session.signIn(claimant[0], Generate.CHOSEN);
                } else {
                    session.firstSignIn(claimant[0], claimant[1], Generate.CHOSEN);
                }
                return session.cookieHeader();
            }));
        }
        List<String> cookies = new ArrayList<>();
        for (Future<String> cookie : signedIn) {
            cookies.add(cookie.get());
        }
        pool.shutdown();
        // a second run on the same data signs in on the chosen passwords (wrong ones would lock the address)
        Files.write(claimantsFile, claimants.stream().map(claimant -> claimant[0] + "\t-\tchosen").toList());
        Files.write(cookiesFile, cookies);
        System.out.printf("signin_seconds=%.1f%nsignin_forbidden_retried=%d%nsignin_wrong_password_retried=%d%n",
                (System.nanoTime() - signInStart) / 1e9, Session.SPURIOUS_FORBIDDEN.get(), Session.SPURIOUS_WRONG_PASSWORD.get());
    }

    /** All claims at once, one per organisation, spread over the board's items. */
    private static void fire(URI base, List<String> cookies, String code) {
        String board = new Session(base).json("GET", "api/v1/public/boards/" + code, null, 200);
        List<Long> items = new ArrayList<>();
        for (String object : Session.objects(board)) {
            if (object.contains("\"tenantCode\"")) {
                items.add(Session.number(object, "id"));
            }
        }
        if (items.size() != Generate.STORM_ITEMS) {
            throw new IllegalStateException("expected " + Generate.STORM_ITEMS + " items on the storm board, found " + items.size());
        }

        String origin = base.getScheme() + "://" + base.getAuthority();
        List<HttpRequest> claims = new ArrayList<>();
        for (int n = 0; n < cookies.size(); n++) {
            claims.add(HttpRequest.newBuilder(base.resolve("api/v1/t/" + code + "/items/" + items.get(n % items.size()) + "/claims"))
                    .header("Cookie", cookies.get(n))
                    .header("X-Requested-With", "bench")
                    .header("Origin", origin)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"plan\":\"组织党员志愿者分时段值守，三个月内完成。\","
                            + "\"reasons\":\"本单位就在附近，有人手有经验。\",\"partyResources\":\"党员志愿服务队\"}"))
                    .build());
        }
        // one connection per organisation, as a thousand browsers would open
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newFixedThreadPool(4)).build();
        Map<String, Integer> outcomes = new TreeMap<>();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        long[] done = new long[claims.size()];
        long start = System.nanoTime();
        for (int n = 0; n < claims.size(); n++) {
            int slot = n;
            sent.add(client.sendAsync(claims.get(n), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> done[slot] = System.nanoTime()));
        }
        int accepted = 0;
        for (int n = 0; n < sent.size(); n++) {
            String outcome;
            try {
                HttpResponse<String> response = sent.get(n).join();
                outcome = Integer.toString(response.statusCode());
                if (response.statusCode() == 201 && response.body().contains("\"ACCEPTED\"")) {
                    accepted++;
                }
            } catch (RuntimeException e) {
                outcome = "io-error";
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        long end = 0;
        for (long moment : done) {
            end = Math.max(end, moment);
        }
        double seconds = (end - start) / 1e9;
        System.out.printf("storm_requests=%d%nstorm_seconds=%.3f%nclaims_per_s=%.0f%naccepted_responses=%d%n",
                claims.size(), seconds, claims.size() / seconds, accepted);
        outcomes.forEach((status, count) -> System.out.println("status_" + status + "=" + count));
    }
}
