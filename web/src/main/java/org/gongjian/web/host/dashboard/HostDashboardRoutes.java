package org.gongjian.web.host.dashboard;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The host dashboard's addresses: {@code /host/dashboard/screen} is the big screen and
 * {@code /host/dashboard/{tenantCode}} one tenant's figures; the views themselves and the
 * dashboard's own {@code /host/dashboard/} pass through. Anything else under it is not found.
 */
@WebFilter(urlPatterns = "/host/dashboard/*", dispatcherTypes = DispatcherType.REQUEST)
public class HostDashboardRoutes extends HttpFilter {

    private static final String VIEWS = "/host/dashboard/";
    private static final Pattern TENANT_CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.length() > VIEWS.length() ? path.substring(VIEWS.length()) : "";
        if (rest.isEmpty() || rest.endsWith(".xhtml")) {
            chain.doFilter(request, response);
        } else if ("screen".equals(rest)) {
            request.getRequestDispatcher(VIEWS + "screen.xhtml").forward(request, response);
        } else if (TENANT_CODE.matcher(rest).matches()) {
            request.getRequestDispatcher(VIEWS + "tenant.xhtml?tenant=" + rest).forward(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
