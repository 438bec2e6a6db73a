import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person at the portal without JavaScript: its own cookies over a client shared by every
 * session (one connection pool, no thread per person), redirects followed, JSF forms posted as
 * their buttons do (view state and the page's script nonce), JSON calls with X-Requested-With.
 */
final class Session {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8, daemon -> {
                Thread thread = new Thread(daemon);
                thread.setDaemon(true);
                return thread;
            }))
            .build();

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** 403s a signed-in person got for something it may do, asked again (the run reports how many). */
    static final java.util.concurrent.atomic.AtomicInteger SPURIOUS_FORBIDDEN = new java.util.concurrent.atomic.AtomicInteger();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String forwardedFor;

    Session(URI base) {
        this.base = base;
    }

    record Page(int status, URI uri, String body) {

        String viewState() {
            return group(VIEW_STATE, "view state").replace("&amp;", "&");
        }

        String nonce() {
            Matcher matcher = NONCE.matcher(body);
            return matcher.find() ? matcher.group(1).replace("\\/", "/") : null;
        }

        String action(String formId) {
            return group(Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\""), "form " + formId)
                    .replace("&amp;", "&");
        }

        String textOf(String id) {
            return group(Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<"), "element " + id).strip();
        }

        private String group(Pattern pattern, String what) {
            Matcher matcher = pattern.matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("no " + what + " on " + uri + " (" + status + "): " + abbreviate(body));
            }
            return matcher.group(1);
        }
    }

    /** The session cookie header as a browser would send it, for callers that fire requests themselves. */
    String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
        return header.toString();
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts the form with this id as pressing the button does. */
    Page submit(Page page, String formId, String buttonId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", page.viewState());
        String nonce = page.nonce();
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(page.uri().resolve(page.action(formId)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Signs in on the login page; returns the page the portal sent this person to. */
    Page signIn(String login, String password) {
        return submit(get("login.xhtml"), "login", "submit", Map.of("username", login, "password", password));
    }

    /** Password changes the portal refused with "current password wrong" although it was right, submitted again. */
    static final java.util.concurrent.atomic.AtomicInteger SPURIOUS_WRONG_PASSWORD = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Signs in on a first password and replaces it, as the portal demands before anything else; an
     * account whose password a previous run already replaced signs in on the chosen one.
     */
    void firstSignIn(String login, String issued, String chosen) {
        Page landing = signIn(login, issued);
        if (landing.uri().getPath().endsWith("/login.xhtml")) {
            landing = signIn(login, chosen);
            if (landing.uri().getPath().endsWith("/login.xhtml")) {
                throw new IllegalStateException(login + ": could not sign in: " + abbreviate(landing.body()));
            }
            return;
        }
        if (!landing.uri().getPath().endsWith("/account/password.xhtml")) {
            throw new IllegalStateException(login + ": expected the password page after a first sign-in, got " + landing.uri());
        }
        for (int attempt = 0; ; attempt++) {
            Page after = submit(landing, "password", "save", Map.of("current", issued, "chosen", chosen, "repeated", chosen));
            if (!after.uri().getPath().endsWith("/account/password.xhtml")) {
                return;
            }
            if (attempt == 3) {
                throw new IllegalStateException(login + ": the new password was refused: " + abbreviate(after.body()));
            }
            // the same session keeps being refused: sign in afresh (see the README's benchmark notes)
            SPURIOUS_WRONG_PASSWORD.incrementAndGet();
            System.err.println(login + ": the password change was refused, signing in afresh");
            cookies.clear();
            landing = signIn(login, issued);
            if (!landing.uri().getPath().endsWith("/account/password.xhtml")) {
                throw new IllegalStateException(login + ": signing in afresh led to " + landing.uri());
            }
        }
    }

    /** The client address a proxy in front of the portal would report for this session's next calls. */
    void from(String address) {
        forwardedFor = address;
    }

    /** A JSON call; a status outside {@code expected} stops the run with the portal's answer. */
    String json(String method, String path, String body, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        if (!method.equals("GET")) {
            request.header("X-Requested-With", "bench");
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        Page page = send(request);
        for (int status : expected) {
            if (page.status() == status) {
                return page.body();
            }
        }
        throw new IllegalStateException(method + " " + path + " answered " + page.status() + ": " + abbreviate(page.body()));
    }

    /**
     * Under parallel load a signed-in caller now and then gets 403 for a request its role allows (the
     * EJB container sees the caller without its groups): that request, and only that one (never the
     * POST a redirect came from), is asked again, at most three times, and counted.
     */
    private Page send(HttpRequest.Builder request) {
        for (int hop = 0; hop < 6; hop++) {
            HttpResponse<String> response = exchange(request);
            for (int retry = 0; retry < 3 && response.statusCode() == 403 && !cookies.isEmpty(); retry++) {
                SPURIOUS_FORBIDDEN.incrementAndGet();
                System.err.println("403 for a signed-in caller, asking again: " + response.uri());
                response = exchange(request);
            }
            int status = response.statusCode();
            var location = response.headers().firstValue("Location");
            if (status / 100 == 3 && status != 304 && location.isPresent()) {
                request = HttpRequest.newBuilder(response.uri().resolve(location.get())).GET();
                continue;
            }
            return new Page(status, response.uri(), response.body());
        }
        throw new IllegalStateException("too many redirects");
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.setHeader("Cookie", cookieHeader());
        }
        HttpRequest built = request.timeout(TIMEOUT).build();
        try {
            HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            keepCookies(response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keepCookies(List<String> headers) {
        for (String header : headers) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs a command-line program's work and exits, 1 on any failure (the shared client's threads would keep it alive). */
    static void exitAfter(Work work) {
        try {
            work.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** The start of a page's main content (or of the text), for messages. */
    static String abbreviate(String text) {
        int main = text.indexOf("<main");
        String shown = main < 0 ? text : text.substring(main);
        return shown.length() > 1200 ? shown.substring(0, 1200) + "…" : shown;
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The innermost objects of a JSON text (JSON-B writes properties in alphabetical order, so read them one object at a time). */
    static List<String> objects(String json) {
        Matcher matcher = Pattern.compile("\\{[^{}]*\\}").matcher(json);
        List<String> objects = new java.util.ArrayList<>();
        while (matcher.find()) {
            objects.add(matcher.group());
        }
        return objects;
    }

    /** The first number under this key in a JSON text. */
    static long number(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no \"" + key + "\" in " + abbreviate(json));
        }
        return Long.parseLong(matcher.group(1));
    }

    /** The first string under this key in a JSON text. */
    static String string(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no \"" + key + "\" in " + abbreviate(json));
        }
        return matcher.group(1).replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\");
    }
}
