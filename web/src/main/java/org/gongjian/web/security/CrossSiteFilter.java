package org.gongjian.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.gongjian.web.i18n.Language;

/**
 * The session cookie alone does not make an API call: every call that may change something must
 * also prove it was meant, by a non-empty {@code X-Requested-With} header (which a page of another
 * site cannot send without the portal's consent) and by coming from the portal's own origin when
 * the browser names one. Otherwise 403, before any resource runs.
 */
public class CrossSiteFilter extends HttpFilter {

    /** The header every non-GET API call carries; the portal's pages and jQuery send {@code XMLHttpRequest}. */
    public static final String PROOF_HEADER = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
        } else if (Origins.isForeign(request)) {
            JsonRefusal.send(response, HttpServletResponse.SC_FORBIDDEN, language.getLocale(), "api.crossSite");
        } else if (request.getHeader(PROOF_HEADER) == null || request.getHeader(PROOF_HEADER).isBlank()) {
            JsonRefusal.send(response, HttpServletResponse.SC_FORBIDDEN, language.getLocale(), "api.proofMissing", PROOF_HEADER);
        } else {
            chain.doFilter(request, response);
        }
    }
}
