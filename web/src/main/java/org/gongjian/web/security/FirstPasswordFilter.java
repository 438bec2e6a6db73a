package org.gongjian.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongjian.account.boundary.Passwords;
import org.gongjian.web.i18n.Language;

/**
 * Someone signed in with a password the portal issued must choose their own before anything else:
 * pages send them to the change page, API calls are refused with 403 naming that page.
 */
public class FirstPasswordFilter extends HttpFilter {

    static final String CHANGE_PAGE = "/account/password.xhtml";

    @Inject
    Passwords passwords;

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && passwords.mustChange()) {
            String page = request.getContextPath() + CHANGE_PAGE;
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                JsonRefusal.send(response, HttpServletResponse.SC_FORBIDDEN, language.getLocale(), "password.changeFirst", page);
            } else {
                response.sendRedirect(page);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
