import java.net.URI;

/**
 * The host's dashboard of a year across every tenant, timed: signs the host in on the login page,
 * then asks the JSON dashboard {@code times} times one after the other and prints each answer's
 * milliseconds ({@code dashboard_ms=…}) and the tenants it counted.
 * Usage: Dashboard BASE HOST_LOGIN HOST_PASSWORD YEAR TIMES
 */
public final class Dashboard {

    private Dashboard() {
    }

    public static void main(String[] args) {
        Session.exitAfter(() -> {
            Session host = new Session(URI.create(args[0]));
            if (host.signIn(args[1], args[2]).uri().getPath().endsWith("/login.xhtml")) {
                throw new IllegalStateException("the host could not sign in");
            }
            StringBuilder times = new StringBuilder();
            Session.Page answer = null;
            for (int i = 0; i < Integer.parseInt(args[4]); i++) {
                long started = System.nanoTime();
                answer = host.get("api/v1/host/dashboard?year=" + args[3]);
                if (answer.status() != 200) {
                    throw new IllegalStateException("the dashboard answered " + answer.status() + ": " + Session.abbreviate(answer.body()));
                }
                times.append(times.length() == 0 ? "" : " ").append((System.nanoTime() - started) / 1_000_000);
            }
            System.out.println("dashboard_ms=" + times);
            System.out.println("dashboard_tenants=" + (answer.body().split("\"tenantCode\":\"", -1).length - 1));
        });
    }
}
