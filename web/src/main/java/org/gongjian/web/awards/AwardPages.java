package org.gongjian.web.awards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.web.faces.Messages;

/** Links between the organiser's award pages: the host's when no tenant is present, else the tenant's. */
@Named
@RequestScoped
public class AwardPages {

    @Inject
    CurrentTenant tenant;

    @Inject
    HttpServletRequest request;

    public boolean isHost() {
        return !tenant.isPresent();
    }

    /** The address of one of the pages, e.g. {@code url('batch')}. */
    public String url(String page) {
        return isHost() ? request.getContextPath() + "/host/awards/" + page + ".xhtml"
                : request.getContextPath() + "/t/" + tenant.code() + "/awards/" + page;
    }

    /** After a change: the page loaded afresh with the outcome, so that reloading it sends nothing twice. */
    static String done(AwardPages pages, String page, String query, String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key, arguments);
        return (pages.isHost() ? "/host/awards/" : "/tenant/awards/") + page + "?faces-redirect=true" + (query.isEmpty() ? "" : "&" + query);
    }
}
