package org.gongjian.web.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.gongjian.platform.DatabaseOutage;
import org.gongjian.web.faces.Messages;
import org.gongjian.web.i18n.Language;

/**
 * A request that failed because the database is out of reach answers 503 with "try again soon"
 * in the caller's language (JSON for the API, the error page otherwise), not the general error.
 * The failure has already rolled its transaction back. First in the filter chain, so failures in
 * the other filters are covered too.
 */
public class DatabaseOutageFilter extends HttpFilter {

    static final String KEY = "error.databaseUnavailable";
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.explains(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warning(() -> "database unavailable: " + request.getMethod() + " " + request.getRequestURI() + " answered 503");
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        String message = Messages.text(language.getLocale(), KEY);
        String body = Json.createObjectBuilder()
                .add("error", KEY)
                .add("message", message)
                .add("reasons", Json.createArrayBuilder().add(Json.createObjectBuilder().add("error", KEY).add("message", message)))
                .build().toString();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
