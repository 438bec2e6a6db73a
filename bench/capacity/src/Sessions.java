import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The capacity benchmark's signed-in visitors: {@code Sessions base login password count} signs
 * the account in that many times, each time as a new visitor with its own session, and opens the
 * host's home page in it, as a person does after signing in. Prints how many sessions reached it.
 */
final class Sessions {

    public static void main(String[] args) {
        Session.exitAfter(() -> {
            URI base = URI.create(args[0]);
            int count = Integer.parseInt(args[3]);
            // a few at a time: each sign-in hashes the password on purpose slowly
            ExecutorService visitors = Executors.newFixedThreadPool(4);
            List<Future<Boolean>> signedIn = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Session visitor = new Session(base);
                signedIn.add(visitors.submit(() -> {
                    if (visitor.signIn(args[1], args[2]).uri().getPath().endsWith("/login.xhtml")) {
                        return false;
                    }
                    Session.Page home = visitor.get("home.xhtml");
                    return home.status() == 200 && !home.uri().getPath().endsWith("/login.xhtml");
                }));
            }
            int reached = 0;
            for (Future<Boolean> one : signedIn) {
                reached += one.get() ? 1 : 0;
            }
            visitors.shutdown();
            System.out.println(reached);
        });
    }
}
