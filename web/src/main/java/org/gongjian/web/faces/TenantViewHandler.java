package org.gongjian.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.gongjian.tenant.control.CurrentTenant;
import org.gongjian.web.board.BoardRoute;
import org.gongjian.web.health.DatabaseOutageFilter;
import org.gongjian.web.opinion.OpinionServlet;
import org.gongjian.web.security.TenantUrls;

/**
 * Makes links, redirects and form actions of tenant views point at {@code /t/{code}/…}, the only
 * way tenant pages are reached; forms of board and opinion views post back to the address they were shown at.
 */
public class TenantViewHandler extends ViewHandlerWrapper {

    private CurrentTenant tenant;

    public TenantViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        if (viewId.startsWith(BoardRoute.VIEW_ROOT) || viewId.startsWith(OpinionServlet.VIEW_ROOT)) {
            // a board or opinion form posts back to the address it was shown at, as the board's views have no address of their own
            return DatabaseOutageFilter.sameAddress((HttpServletRequest) context.getExternalContext().getRequest());
        }
        return toPublic(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return toPublic(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return toPublic(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    private String toPublic(FacesContext context, String url) {
        String code = currentTenant().code();
        return TenantUrls.publicUrl(context.getExternalContext().getRequestContextPath(), url, code);
    }

    /** A client proxy: it stands for whichever request is running. */
    private CurrentTenant currentTenant() {
        if (tenant == null) {
            tenant = CDI.current().select(CurrentTenant.class).get();
        }
        return tenant;
    }
}
