import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The portal's side of the evaluation benchmark, through its own pages and JSON API as the host and
 * the tenant's admin would.
 * <ul>
 * <li>{@code tenant} base URL, host login, host password, tenant code, year: the host makes the
 * tenant on the "党建+" template (five common criteria for every channel), its first admin signs in,
 * chooses a password and opens the year's round;</li>
 * <li>{@code open} base URL, tenant code, year: the admin opens the year's evaluation over the
 * accepted projects;</li>
 * <li>{@code time} base URL, tenant code, year, runs, totals file: the admin asks for the year's
 * graded projects, a few times to warm up and then {@code runs} times one after another; prints
 * each duration and writes every project's total and grade, as the portal computed them.</li>
 * </ul>
 */
public final class Grade {

    static final String CHOSEN = "Bench-chosen-2026";
    static final int WARM_UP = 3;

    public static void main(String[] args) {
        Session.exitAfter(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        switch (args[0]) {
            case "tenant" -> tenant(base, args[2], args[3], args[4], args[5]);
            case "open" -> open(admin(base, args[2]), args[2], args[3]);
            case "time" -> time(admin(base, args[2]), args[2], args[3], Integer.parseInt(args[4]), Path.of(args[5]));
            default -> throw new IllegalArgumentException("tenant, open or time, not " + args[0]);
        }
    }

    private static void tenant(URI base, String hostLogin, String hostPassword, String code, String year) {
        Session host = new Session(base);
        if (host.signIn(hostLogin, hostPassword).uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("the host could not sign in");
        }
        String login = code + "-admin";
        Session.Page created = host.submit(host.get("host/tenants/new.xhtml"), "tenant", "create", Map.of(
                "code", code, "nameZh", "考评基准党委", "nameEn", "", "kind_input", "ENTERPRISE",
                "template_input", "party-building-plus", "adminLogin", login, "adminName", "管理员", "adminEmail", ""));
        Session admin = new Session(base);
        admin.firstSignIn(login, created.textOf("issued-password"), CHOSEN);
        Session.Page opened = admin.submit(admin.get("t/" + code + "/settings/versions"), "round", "open", Map.of("year", year));
        if (!opened.body().contains(year + " 年度轮次")) {
            throw new IllegalStateException(code + ": the round was not opened: " + Session.abbreviate(opened.body()));
        }
    }

    private static Session admin(URI base, String code) {
        Session admin = new Session(base);
        if (admin.signIn(code + "-admin", CHOSEN).uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("the tenant's admin could not sign in");
        }
        return admin;
    }

    private static void open(Session admin, String code, String year) {
        admin.json("POST", "api/v1/t/" + code + "/evaluations/" + year, null, 201);
    }

    private static void time(Session admin, String code, String year, int runs, Path totals) throws Exception {
        String path = "api/v1/t/" + code + "/evaluations/" + year;
        String body = null;
        for (int i = 0; i < WARM_UP; i++) {
            body = admin.json("GET", path, null, 200);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            admin.json("GET", path, null, 200);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        List<String> lines = new ArrayList<>();
        for (String project : Session.objects(body)) {
            if (project.contains("\"projectId\"")) {
                lines.add(Session.number(project, "projectId") + "\t" + decimal(project, "total") + "\t" + text(project, "gradeKey"));
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(totals))) {
            lines.stream().sorted().forEach(out::println);
        }
        Arrays.sort(millis);
        System.out.printf("portal_projects=%d%nportal_runs=%d%nportal_median_ms=%.1f%nportal_min_ms=%.1f%nportal_max_ms=%.1f%n",
                lines.size(), runs, millis[runs / 2], millis[0], millis[runs - 1]);
    }

    private static String decimal(String json, String key) {
        var matcher = java.util.regex.Pattern.compile("\"" + key + "\"\\s*:\\s*([0-9.]+)").matcher(json);
        return matcher.find() ? new java.math.BigDecimal(matcher.group(1)).setScale(2).toPlainString() : "";
    }

    private static String text(String json, String key) {
        return json.contains("\"" + key + "\"") ? Session.string(json, key) : "";
    }
}
