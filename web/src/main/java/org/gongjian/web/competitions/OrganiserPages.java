package org.gongjian.web.competitions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.gongjian.tenant.control.CurrentTenant;

/** Links between the organiser's competition pages: the host's when no tenant is present, else the tenant's. */
@Named
@RequestScoped
public class OrganiserPages {

    @Inject
    CurrentTenant tenant;

    @Inject
    HttpServletRequest request;

    public boolean isHost() {
        return !tenant.isPresent();
    }

    /** The address of one of the pages, e.g. {@code url('view')}. */
    public String url(String page) {
        return isHost() ? request.getContextPath() + "/host/competitions/" + page + ".xhtml"
                : request.getContextPath() + "/t/" + tenant.code() + "/competitions/" + page;
    }

    /** The outcome that redirects to one of the pages about a competition, after a change. */
    String redirect(String page, long id) {
        return (isHost() ? "/host/competitions/" : "/tenant/competitions/") + page + "?faces-redirect=true&id=" + id;
    }
}
