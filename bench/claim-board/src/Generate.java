import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an empty portal through its own pages and JSON API, as the host and the tenants' admins
 * would: tenants with their first admins, each a board of the year with sectors, published items,
 * units and requests to join; the storm tenant (a first-come board of 18 items, 27 places, and
 * 1,000 registered co-building organisations with their first accounts) and the floor tenant (the
 * same board, and 1,000 units, for pgbench).
 * <p>
 * Arguments: base URL, host login, host password, tenants, items per board, workers, output folder,
 * storm organisations.
 */
public final class Generate {

    static final String CHOSEN = "Bench-chosen-2026";
    static final String[] SECTORS = {"交通出行", "社区服务", "民生保障", "生态环境", "文化教育", "平安建设"};
    static final int FLOOR_UNITS = 1000;
    static final int STORM_ITEMS = 18;
    private static final int JOIN_BATCH = 100;

    private final URI base;
    private final String hostLogin;
    private final String hostPassword;
    private final int year = LocalDate.now().getYear();
    private final String opens = LocalDate.now().minusDays(1) + "T00:00";
    private final String closes = LocalDate.now().plusDays(60) + "T00:00";
    private int stormOrganisations;
    private final ThreadLocal<Session> host = new ThreadLocal<>();
    private final AtomicInteger requests = new AtomicInteger();

    private Generate(URI base, String hostLogin, String hostPassword) {
        this.base = base;
        this.hostLogin = hostLogin;
        this.hostPassword = hostPassword;
    }

    public static void main(String[] args) {
        Session.exitAfter(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int tenants = Integer.parseInt(args[3]);
        int items = Integer.parseInt(args[4]);
        int workers = Integer.parseInt(args[5]);
        Path out = Files.createDirectories(Path.of(args[6]));
        Generate generate = new Generate(base, args[1], args[2]);
        generate.stormOrganisations = Integer.parseInt(args[7]);
        long start = System.nanoTime();

        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> work = new ArrayList<>();
        ConcurrentLinkedQueue<String> claimants = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> boards = new ConcurrentLinkedQueue<>();
        // the storm's organisations take longest (a first password each): start them first
        ExecutorService accepting = Executors.newFixedThreadPool(2);
        work.add(pool.submit(() -> generate.stormTenant(accepting, claimants)));
        work.add(pool.submit(() -> generate.floorTenant()));
        AtomicInteger done = new AtomicInteger();
        for (int n = 1; n <= tenants; n++) {
            String code = String.format("b%04d", n);
            work.add(pool.submit(() -> {
                boards.add(code + "\t" + generate.boardTenant(code, items));
                int finished = done.incrementAndGet();
                if (finished % 50 == 0 || finished == tenants) {
                    System.out.printf("  %d/%d tenants, %d requests, %.0f s%n", finished, tenants, generate.requests.get(),
                            (System.nanoTime() - start) / 1e9);
                }
                return null;
            }));
        }
        for (int i = 0; i < work.size(); i++) {
            work.get(i).get();
        }
        pool.shutdown();
        accepting.shutdown();
        write(out.resolve("claimants.tsv"), claimants);
        write(out.resolve("boards.tsv"), boards);
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.writeString(out.resolve("generated.txt"), String.format(
                "tenants=%d%nitems_per_board=%d%nstorm_organisations=%d%nrequests=%d%nseconds=%.0f%nworkers=%d%nforbidden_retried=%d%n",
                tenants, items, claimants.size(), generate.requests.get(), seconds, workers, Session.SPURIOUS_FORBIDDEN.get()));
        System.out.printf("generated %d tenants x %d items, %d storm organisations: %d requests in %.0f s (%.0f req/s)%n",
                tenants, items, claimants.size(), generate.requests.get(), seconds, generate.requests.get() / seconds);
    }

    private static void write(Path file, ConcurrentLinkedQueue<String> lines) throws IOException {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file))) {
            lines.stream().sorted().forEach(writer::println);
        }
    }

    /** A tenant with a board of the year: six sectors, the items spread over them and published, units, requests to join. */
    private String boardTenant(String code, int items) {
        Session admin = newTenant(code, "基准党委" + code.substring(1));
        long board = board(admin, code, (code.hashCode() & 1) == 0 ? "CONFIRM" : "FIRST_COME");
        long[] sectors = sectors(admin, code, board);
        for (int i = 0; i < items; i++) {
            long item = item(admin, code, board, sectors[i % sectors.length], "标的" + (i + 1) + "：" + SECTORS[i % SECTORS.length] + "项目",
                    1 + i % 3);
            publish(admin, code, item);
        }
        for (int u = 1; u <= 5; u++) {
            call(admin, "POST", "api/v1/t/" + code + "/units",
                    "{\"name\":\"第" + u + "党支部\",\"kind\":\"BRANCH\",\"secretary\":\"书记" + u + "\"}", 201);
        }
        Session visitor = new Session(base);
        for (int r = 1; r <= 2; r++) {
            askToJoin(visitor, code, code + "共建单位" + r, r);
        }
        return Long.toString(board);
    }

    /** The storm's tenant: a first-come board of 18 items with 27 places, and 1,000 organisations that joined through requests. */
    private Void stormTenant(ExecutorService pool, ConcurrentLinkedQueue<String> claimants) throws Exception {
        String code = "storm";
        Session admin = newTenant(code, "抢认领党委");
        firstComeBoard(admin, code, "抢认领标的");
        // at most 200 requests wait at once: ask and accept in batches, accepting on several workers
        Session visitor = new Session(base);
        for (int first = 1; first <= stormOrganisations; first += JOIN_BATCH) {
            for (int n = first; n < Math.min(first + JOIN_BATCH, stormOrganisations + 1); n++) {
                askToJoin(visitor, code, String.format("共建单位%04d", n), n);
            }
            String pending = call(admin, "GET", "api/v1/t/" + code + "/join-requests?status=PENDING", null, 200);
            List<Future<?>> accepts = new ArrayList<>();
            for (String request : Session.objects(pending)) {
                Matcher name = Pattern.compile("共建单位(\\d{4})").matcher(Session.string(request, "name"));
                if (!name.matches()) {
                    continue;
                }
                long id = Session.number(request, "id");
                String login = "storm-c" + name.group(1);
                accepts.add(pool.submit(() -> {
                    String issued = call(admin, "POST", "api/v1/t/" + code + "/join-requests/" + id + "/accept",
                            "{\"login\":\"" + login + "\"}", 200);
                    claimants.add(login + "\t" + Session.string(issued, "password"));
                    return null;
                }));
            }
            if (accepts.size() != Math.min(JOIN_BATCH, stormOrganisations + 1 - first)) {
                throw new IllegalStateException("expected a batch of pending requests, found " + accepts.size());
            }
            for (Future<?> accept : accepts) {
                accept.get();
            }
        }
        return null;
    }

    /** The floor's tenant: the storm's board again, and 1,000 units, for pgbench's claims straight in the database. */
    private Void floorTenant() {
        String code = "floor";
        Session admin = newTenant(code, "基线党委");
        firstComeBoard(admin, code, "基线标的");
        for (int u = 1; u <= FLOOR_UNITS; u++) {
            call(admin, "POST", "api/v1/t/" + code + "/units", "{\"name\":\"基线支部" + u + "\",\"kind\":\"BRANCH\"}", 201);
        }
        return null;
    }

    /** A first-come board of 18 published items: nine of two places and nine of one, 27 places, as the committee's 18 items went to 27 organisations. */
    private void firstComeBoard(Session admin, String code, String titlePrefix) {
        long board = board(admin, code, "FIRST_COME");
        long[] sectors = sectors(admin, code, board);
        for (int i = 0; i < STORM_ITEMS; i++) {
            publish(admin, code, item(admin, code, board, sectors[i % sectors.length], titlePrefix + (i + 1), i < 9 ? 2 : 1));
        }
    }

    /** The host makes the tenant on its page; its first admin signs in, chooses a password and opens the year's round. */
    private Session newTenant(String code, String name) {
        Session hostSession = host.get();
        if (hostSession == null) {
            hostSession = signedInHost();
            host.set(hostSession);
        }
        String login = code + "-admin";
        Session.Page created = hostSession.submit(hostSession.get("host/tenants/new.xhtml"), "tenant", "create", Map.of(
                "code", code, "nameZh", name, "nameEn", "", "kind_input", "STREET", "template_input", "three-types",
                "adminLogin", login, "adminName", "管理员", "adminEmail", ""));
        requests.addAndGet(3);
        Session admin = new Session(base);
        admin.firstSignIn(login, created.textOf("issued-password"), CHOSEN);
        Session.Page versions = admin.get("t/" + code + "/settings/versions");
        Session.Page opened = admin.submit(versions, "round", "open", Map.of("year", Integer.toString(year)));
        requests.addAndGet(7);
        if (!opened.body().contains(year + " 年度轮次")) {
            throw new IllegalStateException(code + ": the round was not opened: " + Session.abbreviate(opened.body()));
        }
        return admin;
    }

    /** One host session per worker, signed in one after another: the portal counts parallel attempts on one account as guesses. */
    private synchronized Session signedInHost() {
        Session session = new Session(base);
        Session.Page landing = session.signIn(hostLogin, hostPassword);
        if (landing.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("the host could not sign in: " + Session.abbreviate(landing.body()));
        }
        return session;
    }

    private long board(Session admin, String code, String mode) {
        return Session.number(call(admin, "POST", "api/v1/t/" + code + "/boards", "{\"year\":" + year + ",\"title\":"
                + Session.quote(year + "年项目公开认领") + ",\"mode\":\"" + mode + "\",\"categoryKey\":\"innovation\"}", 201), "id");
    }

    private long[] sectors(Session admin, String code, long board) {
        long[] ids = new long[SECTORS.length];
        for (int s = 0; s < SECTORS.length; s++) {
            ids[s] = Session.number(call(admin, "POST", "api/v1/t/" + code + "/boards/" + board + "/sectors",
                    "{\"name\":" + Session.quote(SECTORS[s]) + ",\"position\":" + (s + 1) + "}", 201), "id");
        }
        return ids;
    }

    private long item(Session admin, String code, long board, long sector, String title, int capacity) {
        String body = "{\"sectorId\":" + sector + ",\"title\":" + Session.quote(title)
                + ",\"need\":\"居民反映的需求：上下班高峰时段道路拥堵，老人出行不便。\""
                + ",\"expectedResults\":\"半年内解决，居民满意度达到90%以上。\""
                + ",\"offer\":\"提供场地与指导\",\"offeredFunds\":20000,\"contact\":\"镇党建办 0791-00000000\""
                + ",\"capacity\":" + capacity + ",\"opensAt\":\"" + opens + "\",\"closesAt\":\"" + closes + "\"}";
        return Session.number(call(admin, "POST", "api/v1/t/" + code + "/boards/" + board + "/items", body, 201), "id");
    }

    private void publish(Session admin, String code, long item) {
        call(admin, "POST", "api/v1/t/" + code + "/items/" + item + "/publish", null, 200);
    }

    /** Each organisation asks from an address of its own, as the portal sees it through the trusted proxy. */
    private void askToJoin(Session visitor, String code, String name, int organisation) {
        visitor.from("10.0." + organisation / 250 + "." + (organisation % 250 + 1));
        call(visitor, "POST", "api/v1/public/boards/" + code + "/join-requests", "{\"name\":" + Session.quote(name)
                + ",\"kind\":\"ENTERPRISE\",\"contactPerson\":\"联系人\",\"contactPhone\":\"13800000000\""
                + ",\"reasons\":\"愿意参与共建，发挥企业资源优势。\"}", 201);
    }

    private String call(Session session, String method, String path, String body, int expected) {
        requests.incrementAndGet();
        return session.json(method, path, body, expected);
    }
}
