package org.gongjian.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A person at a browser, without JavaScript: keeps cookies, follows redirects, and submits JSF forms
 * the way the page's buttons do (a plain POST naming the button, with the view state).
 */
public class Browser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** The field PrimeFaces' script adds to every form: a postback must carry its page's script nonce. */
    static final String NONCE_FIELD = "primefaces.nonce";

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();
    /** The nonce each page was served with, by the page's view state, as the page's script keeps it. */
    private final Map<String, String> nonces = new ConcurrentHashMap<>();

    public Browser(URL base) {
        this.base = URI.create(base.toString());
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Sends this header with every request from now on, e.g. the Origin a page of another site makes a browser send. */
    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().build());
    }

    /** Submits the form with this id on the page, pressing the named button. */
    public Page submit(Page page, String formId, String buttonId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", page.viewState());
        return post(page.action(formId), form);
    }

    /**
     * Submits the form as a browser would: every field with the value the page shows, then the
     * given changes (full field names, e.g. {@code scheme:channels:0:weight}), pressing the button.
     */
    public Page submitAsShown(Page page, String formId, String buttonId, Map<String, String> changes) {
        FormElement shown = (FormElement) Jsoup.parse(page.html()).getElementById(formId);
        assertTrue(shown != null, "no form " + formId + " on " + page.uri());
        Map<String, String> form = new LinkedHashMap<>();
        shown.formData().forEach(field -> form.put(field.key(), field.value()));
        form.putAll(changes);
        form.put(formId + ":" + buttonId, "");
        return post(page.action(formId), form);
    }

    /**
     * Sends what a page's script sends when a component of the form asks for a partial update (an
     * Ajax event, a paginator): the component processed, the given part rendered, with these fields.
     */
    public Page partial(Page page, String formId, String source, String render, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", source);
        form.put("jakarta.faces.partial.render", render);
        form.putAll(fields);
        form.put(formId, formId);
        form.put("jakarta.faces.ViewState", page.viewState());
        return post(page.action(formId), form);
    }

    public Page post(String path, Map<String, String> fields) {
        Map<String, String> form = withNonce(fields);
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** Uploads a file through a multipart JSF form. */
    public Page upload(Page page, String formId, String buttonId, String fileField, String fileName, byte[] content) {
        String boundary = "----gongjian" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put(formId + ":" + buttonId, "");
        fields.put("jakarta.faces.ViewState", page.viewState());
        fields.put(NONCE_FIELD, page.nonce());
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(HttpRequest.newBuilder(resolve(page.action(formId)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public HttpResponse<String> json(String method, String path, String body) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** A request with these bytes as its body, as a hostile client sends them (any encoding, any content type). */
    public HttpResponse<String> send(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).header("Accept", "application/json");
        if (!method.equals("GET")) {
            request.header("X-Requested-With", "XMLHttpRequest");
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The cookies this browser would send, as one {@code Cookie} header: the session's and its
     * version's, which a server of a cluster needs to tell a replicated session is current.
     */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Signs in on the login page and returns where the portal sent this person. */
    public Page signIn(String login, String password) {
        Page page = get("login.xhtml");
        return submit(page, "login", "submit", Map.of("username", login, "password", password));
    }

    /** A relative path is under the portal's root; an absolute one (a form's action) is on the same server. */
    private URI resolve(String path) {
        return base.resolve(path);
    }

    /** The form with the nonce its page's script would have added, when the page had one. */
    private Map<String, String> withNonce(Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        String state = fields.get("jakarta.faces.ViewState");
        if (state != null && !form.containsKey(NONCE_FIELD) && nonces.containsKey(state)) {
            form.put(NONCE_FIELD, nonces.get(state));
        }
        return form;
    }

    private Page send(HttpRequest request) {
        HttpRequest.Builder withHeaders = HttpRequest.newBuilder(request, (name, value) -> true);
        headers.forEach(withHeaders::header);
        try {
            HttpResponse<String> response = http.send(withHeaders.build(), HttpResponse.BodyHandlers.ofString());
            Page page = new Page(response.statusCode(), response.uri(), response.body(), response.headers().map());
            Matcher state = VIEW_STATE.matcher(page.html());
            Matcher nonce = NONCE.matcher(page.html());
            if (state.find() && nonce.find()) {
                nonces.put(state.group(1).replace("&amp;", "&"), nonce.group(1).replace("\\/", "/"));
            }
            return page;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response as the person sees it. */
    public record Page(int status, URI uri, String html, Map<String, java.util.List<String>> headers) {

        String viewState() {
            Matcher matcher = VIEW_STATE.matcher(html);
            assertTrue(matcher.find(), "no view state on " + uri);
            return matcher.group(1).replace("&amp;", "&");
        }

        /** The script nonce the page was served with; PrimeFaces' script puts it in every form. */
        String nonce() {
            Matcher matcher = NONCE.matcher(html);
            assertTrue(matcher.find(), "no script nonce on " + uri);
            return matcher.group(1).replace("\\/", "/");
        }

        String action(String formId) {
            Matcher matcher = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"").matcher(html);
            assertTrue(matcher.find(), "no form " + formId + " on " + uri);
            return matcher.group(1).replace("&amp;", "&");
        }

        public boolean shows(String text) {
            return html.contains(text);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }

        /** The text inside the element with this id, e.g. a first password shown once. */
        /** The text of the element with this id, as a reader sees it. */
        public String textOf(String id) {
            Element element = Jsoup.parse(html).getElementById(id);
            assertTrue(element != null, "no element " + id + " on " + uri);
            return element.text();
        }
    }
}
