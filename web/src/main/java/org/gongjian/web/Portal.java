package org.gongjian.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.gongjian.account.boundary.Memberships;
import org.gongjian.account.boundary.Memberships.TenantAccess;
import org.gongjian.account.entity.Account;
import org.gongjian.account.entity.Role;
import org.gongjian.notification.boundary.Inbox;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.web.i18n.Language;
import org.gongjian.web.security.TenantFilter;

/** What the page templates show about the viewer: who they are, which tenant, which menu. */
@Named
@RequestScoped
public class Portal {

    @Inject
    SecurityContext security;

    @Inject
    CurrentTenant tenant;

    @Inject
    HttpServletRequest request;

    @Inject
    Language language;

    @Inject
    Inbox inbox;

    @Inject
    Memberships memberships;

    private Long unread;
    private String login;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The signed-in account's login, read once a request. */
    public String getLogin() {
        if (login == null && isSignedIn()) {
            login = memberships.caller().map(Account::getLogin).orElse(null);
        }
        return login;
    }

    public boolean isHostAdmin() {
        return security.isCallerInRole(Role.Names.HOST_ADMIN);
    }

    public boolean isInTenant() {
        return tenant.isPresent();
    }

    public boolean isTenantAdmin() {
        return tenant.isAdmin();
    }

    /** Whether the caller claims items for an organisation: a claimant organisation's account or a unit's member. */
    public boolean isClaiming() {
        return tenant.hasRole(Role.Names.CLAIMANT) || tenant.hasRole(Role.Names.UNIT_MEMBER);
    }

    /** Whether the caller speaks for a unit of the current tenant, which bids in competitions. */
    public boolean isUnitMember() {
        return tenant.hasRole(Role.Names.UNIT_MEMBER);
    }

    /** Whether the caller scores projects in the tenant's evaluations (组织考评). */
    public boolean isEvaluator() {
        return tenant.hasRole(Role.Names.EVALUATOR);
    }

    public String getTenantCode() {
        return tenant.code();
    }

    public String getTenantName() {
        TenantAccess access = (TenantAccess) request.getAttribute(TenantFilter.ACCESS);
        if (access == null) {
            return null;
        }
        return language.isEnglish() && access.nameEn() != null ? access.nameEn() : access.nameZh();
    }

    /** How many of the caller's notifications in this tenant are unread; read once a request. */
    public long getUnread() {
        if (unread == null) {
            unread = tenant.isPresent() ? inbox.unreadCount() : 0L;
        }
        return unread;
    }

    /** A link to a page of the current tenant, e.g. {@code tenantUrl('units/list')}. */
    public String tenantUrl(String page) {
        return request.getContextPath() + "/t/" + tenant.code() + "/" + page;
    }

    /** The current page's path, for the language switch to come back to. */
    public String getHere() {
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        if (uri == null) {
            uri = request.getRequestURI();
        }
        return uri.substring(request.getContextPath().length());
    }
}
