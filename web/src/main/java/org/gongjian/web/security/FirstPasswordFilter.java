package org.gongjian.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongjian.account.boundary.Passwords;

/** Someone signed in with a password the portal issued must choose their own before anything else. */
public class FirstPasswordFilter extends HttpFilter {

    static final String CHANGE_PAGE = "/account/password.xhtml";

    @Inject
    Passwords passwords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && passwords.mustChange()) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
