package org.gongjian.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjian.account.boundary.Memberships;
import org.gongjian.account.boundary.Memberships.TenantAccess;
import org.gongjian.account.entity.Role;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.web.i18n.Language;

/**
 * Chooses the request's tenant: the code in {@code /t/{code}/…} (pages) or
 * {@code /api/v1/t/{code}/…} (REST) picks one of the signed-in account's own memberships. An
 * unknown tenant and a tenant the caller does not belong to both answer 404, so nothing tells
 * them apart. Pages then go to {@link TenantPageServlet}, which serves them from {@code /tenant/…}.
 */
public class TenantFilter extends HttpFilter {

    /** The request attribute holding the caller's {@link TenantAccess}. */
    public static final String ACCESS = "org.gongjian.tenantAccess";
    private static final Pattern PAGE = Pattern.compile("/t/([a-z][a-z0-9-]{1,31})(/[a-z0-9/-]*)?");
    private static final Pattern API = Pattern.compile("/api/v1/t/([a-z][a-z0-9-]{1,31})(/.*)?");

    @Inject
    Memberships memberships;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Language language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        Matcher matcher = (api ? API : PAGE).matcher(path);
        if (!matcher.matches()) {
            refuse(response, api, HttpServletResponse.SC_NOT_FOUND, "error.notFound");
            return;
        }
        if (request.getUserPrincipal() == null) {
            refuse(response, api, HttpServletResponse.SC_UNAUTHORIZED, "error.signInFirst");
            return;
        }
        Optional<TenantAccess> access = memberships.ofCaller(matcher.group(1));
        if (access.isEmpty()) {
            refuse(response, api, HttpServletResponse.SC_NOT_FOUND, "error.notFound");
            return;
        }
        TenantAccess tenant = access.get();
        currentTenant.enter(tenant.tenantId(), tenant.code(), tenant.roles(), tenant.unitId(), tenant.claimantId());
        request.setAttribute(ACCESS, tenant);
        if (api) {
            chain.doFilter(request, response);
        } else if (TenantUrls.isAdminPage(matcher.group(2)) && !tenant.roles().contains(Role.Names.TENANT_ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            request.setAttribute(TenantPageServlet.VIEW, TenantUrls.viewOf(matcher.group(2)));
            chain.doFilter(request, response);
        }
    }

    /** API callers read a JSON refusal in their language; people get the error page. */
    private void refuse(HttpServletResponse response, boolean api, int status, String key) throws IOException {
        if (api) {
            JsonRefusal.send(response, status, language.getLocale(), key);
        } else {
            response.sendError(status);
        }
    }
}
