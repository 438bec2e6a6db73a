package org.gongjian.web.health;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;
import org.gongjian.platform.DatabaseOutage;
import org.gongjian.web.api.FailureMapper;
import org.gongjian.web.i18n.Language;

/**
 * A request that failed because the database is out of reach answers 503 with "try again soon"
 * in the caller's language (JSON for the API, the error page otherwise), not the general error.
 * The failure has already rolled its transaction back. First in the filter chain, so failures in
 * the other filters are covered too; failures inside the API are answered by {@link FailureMapper}.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String PARTIAL_AJAX = "partial/ajax";
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    /**
     * After a request failed for want of the database, the others answer 503 at once for this
     * long instead of each failing with two logged stack traces (hundreds of megabytes a minute under load).
     */
    private static final Duration PAUSE = Duration.ofSeconds(1);

    @Inject
    Language language;

    private volatile long pausedUntil = System.nanoTime();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean resource = isResource(request);
        if (!resource && pausedUntil - System.nanoTime() > 0) {
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.explains(failure) || response.isCommitted()) {
                throw failure;
            }
            unavailable(request, response);
        }
        // 503 is the answer to an outage only, whether given here, by the API or by the pages
        if (response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE && !resource) {
            pausedUntil = System.nanoTime() + PAUSE.toNanos();
            LOG.warning(() -> "database unavailable: " + request.getMethod() + " " + request.getRequestURI()
                    + " answered 503; other requests answer 503 at once for " + PAUSE.toMillis() + " ms");
        }
    }

    private static boolean isResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", FailureMapper.RETRY_AFTER_SECONDS);
        if (PARTIAL_AJAX.equals(request.getHeader("Faces-Request"))) {
            reloadPage(request, response);
            return;
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        String body = JSON.toJson(FailureMapper.databaseUnavailable(language.getLocale()));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    /**
     * Faces' Ajax script shows nothing for an HTTP error: it is told to load the page again,
     * which shows the 503 page while the database is away.
     */
    private static void reloadPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String url = sameAddress(request);
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
    }

    /** The address the browser sent the request to (before any forward), to load that page again. */
    public static String sameAddress(HttpServletRequest request) {
        boolean forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null;
        String uri = forwarded ? (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) : request.getRequestURI();
        String query = forwarded ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        return uri + (query == null ? "" : "?" + query);
    }
}
